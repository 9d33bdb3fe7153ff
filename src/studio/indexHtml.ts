/**
 * The studio's one page: an empty frame that app.js fills. No data value is
 * ever put here: the page reads everything through the API and shows it with
 * textContent.
 */
export function indexHtml(): string {
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>briefing studio</title>
<link rel="stylesheet" href="/static/app.css">
<script type="module" src="/static/app.js"></script>
</head>
<body><div id="app"></div></body>
</html>
`;
}
