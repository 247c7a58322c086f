/**
 * Saves text the page built as a file, through a temporary link: nothing goes back to the server.
 * The byte-order mark lets spreadsheets read the UTF-8 names correctly.
 */
export const downloadTextFile = (filename: string, text: string, type = 'text/csv;charset=utf-8') => {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after click() returns; revoking at once could cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
