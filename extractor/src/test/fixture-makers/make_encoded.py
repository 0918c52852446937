#!/usr/bin/env python3
"""Builds the encoding-variant narrative fixtures of the labelled test set from UTF-8 sources in ./src.

   special-zone-cat-hai-2025.txt   UTF-8, Unicode NFD (decomposed), CRLF line endings, no BOM
   commune-tien-lang-h1-2026.txt   Windows-1258 (via iconv; cp1258 stores many letters as base + combining tone)
   commune-vinh-bao-q4-2025.txt    UTF-16LE with BOM, CRLF line endings
   ward-kien-an-so-ket-2026.txt    UTF-8 with BOM, LF

Run from anywhere: python3 extractor/src/test/fixture-makers/make_encoded.py
All sources are hand-written synthetic reports (not real data). Output is deterministic.
"""
import pathlib
import subprocess
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE.parent / "resources" / "labelled"


def read(name):
    text = (SRC / name).read_text(encoding="utf-8")
    assert "\r" not in text
    return unicodedata.normalize("NFC", text)


def main():
    OUT.mkdir(parents=True, exist_ok=True)

    # 1. NFD + CRLF
    t = read("special-zone-cat-hai-2025.nfc.txt")
    nfd = unicodedata.normalize("NFD", t).replace("\n", "\r\n")
    (OUT / "special-zone-cat-hai-2025.txt").write_bytes(nfd.encode("utf-8"))

    # 2. Windows-1258 via iconv, with a round-trip check
    t = read("commune-tien-lang-h1-2026.utf8.txt")
    raw = subprocess.run(["iconv", "-f", "UTF-8", "-t", "WINDOWS-1258"], input=t.encode("utf-8"),
                         capture_output=True, check=True).stdout
    back = subprocess.run(["iconv", "-f", "WINDOWS-1258", "-t", "UTF-8"], input=raw,
                          capture_output=True, check=True).stdout.decode("utf-8")
    assert unicodedata.normalize("NFC", back) == t, "cp1258 round trip failed"
    (OUT / "commune-tien-lang-h1-2026.txt").write_bytes(raw)

    # 3. UTF-16LE with BOM, CRLF
    t = read("commune-vinh-bao-q4-2025.utf8.txt").replace("\n", "\r\n")
    (OUT / "commune-vinh-bao-q4-2025.txt").write_bytes(b"\xff\xfe" + t.encode("utf-16-le"))

    # 4. UTF-8 with BOM, LF
    t = read("ward-kien-an-so-ket-2026.utf8.txt")
    (OUT / "ward-kien-an-so-ket-2026.txt").write_bytes(b"\xef\xbb\xbf" + t.encode("utf-8"))

    print("written to", OUT)


if __name__ == "__main__":
    main()
