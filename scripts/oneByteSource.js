// Used by scripts/build-snapshot.js (and tested in test/scripts/).

/**
 * The bundle with every character above U+00FF written as a \u escape.
 * esbuild escapes strings and templates but not regular expressions, and
 * one Cyrillic letter in a regex makes V8 keep the whole 4 MB text in two
 * bytes a character, in the snapshot and in every process started from it.
 * What is left are regex literals, comments and identifiers, where \uXXXX
 * means the character itself (a surrogate pair stays a pair); a letter after
 * a lone backslash (`\я`, an identity escape) loses the backslash.
 */
export function oneByteSource(text) {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0xff) continue;
    let end = i;
    let slashes = 0;
    while (end - slashes > from && text[end - slashes - 1] === '\\') slashes++;
    if (slashes % 2 === 1) end--;
    out += text.slice(from, end) + '\\u' + code.toString(16).padStart(4, '0');
    from = i + 1;
  }
  return out + text.slice(from);
}
