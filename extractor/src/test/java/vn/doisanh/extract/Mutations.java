package vn.doisanh.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Byte-level mutations for the fuzzer: flips, inserts, deletions, truncation, splices of two inputs. */
final class Mutations {
    private Mutations() {
    }

    static byte[] mutate(List<byte[]> corpus, Random random) {
        byte[] input = corpus.get(random.nextInt(corpus.size())).clone();
        int rounds = 1 + random.nextInt(8);
        for (int i = 0; i < rounds && input.length > 0; i++) {
            input = switch (random.nextInt(6)) {
                case 0 -> flip(input, random);
                case 1 -> insert(input, random);
                case 2 -> delete(input, random);
                case 3 -> Arrays.copyOf(input, random.nextInt(input.length));
                case 4 -> splice(input, corpus.get(random.nextInt(corpus.size())), random);
                default -> repeat(input, random);
            };
        }
        return input;
    }

    static String extension(byte[] input) {
        if (input.length > 3 && input[0] == '%' && input[1] == 'P') {
            return ".pdf";
        }
        return input.length > 1 && input[0] == 'P' && input[1] == 'K' ? ".docx" : ".txt";
    }

    private static byte[] flip(byte[] input, Random random) {
        for (int k = 0; k < 1 + random.nextInt(16); k++) {
            input[random.nextInt(input.length)] = (byte) random.nextInt(256);
        }
        return input;
    }

    private static byte[] insert(byte[] input, Random random) {
        byte[] chunk = new byte[1 + random.nextInt(64)];
        random.nextBytes(chunk);
        if (random.nextBoolean()) {
            chunk = "17.049 hồ sơ; tỷ lệ 99,89%; (Quyết định: 1; Kế hoạch:".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        int at = random.nextInt(input.length + 1);
        byte[] out = new byte[input.length + chunk.length];
        System.arraycopy(input, 0, out, 0, at);
        System.arraycopy(chunk, 0, out, at, chunk.length);
        System.arraycopy(input, at, out, at + chunk.length, input.length - at);
        return out;
    }

    private static byte[] delete(byte[] input, Random random) {
        int from = random.nextInt(input.length);
        int to = Math.min(input.length, from + 1 + random.nextInt(256));
        byte[] out = new byte[input.length - (to - from)];
        System.arraycopy(input, 0, out, 0, from);
        System.arraycopy(input, to, out, from, input.length - to);
        return out;
    }

    private static byte[] splice(byte[] a, byte[] b, Random random) {
        int cutA = random.nextInt(a.length);
        int cutB = b.length == 0 ? 0 : random.nextInt(b.length);
        byte[] out = new byte[cutA + b.length - cutB];
        System.arraycopy(a, 0, out, 0, cutA);
        System.arraycopy(b, cutB, out, cutA, b.length - cutB);
        return out;
    }

    private static byte[] repeat(byte[] input, Random random) {
        int from = random.nextInt(input.length);
        int length = Math.min(input.length - from, 1 + random.nextInt(2048));
        byte[] out = new byte[input.length + length * 20];
        System.arraycopy(input, 0, out, 0, input.length);
        for (int k = 0; k < 20; k++) {
            System.arraycopy(input, from, out, input.length + k * length, length);
        }
        return out;
    }
}
