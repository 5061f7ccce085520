// The file name a server gives in Content-Disposition: the RFC 5987 `filename*` (UTF-8, so Chinese
// names survive) before the plain `filename`, which servers fill with an ASCII stand-in.
export const fileNameFromDisposition = (header: string | null | undefined): string | null => {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      const name = decodeURIComponent(extended[2]!.trim().replace(/^"|"$/g, ''));
      if (name) return safeFileName(name);
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  const name = (plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2])?.trim();
  return name ? safeFileName(name) : null;
};

// A name never carries a path, whatever the header says.
const safeFileName = (name: string): string => name.replace(/^.*[\\/]/, '');
