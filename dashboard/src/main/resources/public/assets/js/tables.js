// Tables that turn into one card per row at phone width: each cell is labelled with its column's heading
// (data-label, shown by CSS), so nothing needs a sideways scroll.
export function stackable(table) {
  const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
  table.classList.add('stack-table');
  table.querySelectorAll('tbody tr').forEach((tr) => {
    if (tr.children.length !== headings.length) return;
    [...tr.children].forEach((cell, i) => { cell.dataset.label = headings[i]; });
  });
  return table;
}
