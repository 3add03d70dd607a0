#!/usr/bin/env bash
# One command from a fresh clone to a machine that can build and test UnionDesk:
# Debian packages for the browser tests and the LibreOffice check of the exports (when run as root),
# then the locked npm packages.
# Nothing is downloaded except npm and apt packages.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  need=()
  for p in chromium fonts-noto-cjk libreoffice-calc-nogui; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
  if [ ${#need[@]} -gt 0 ]; then
    echo "安装系统软件包：${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
  fi
elif ! command -v chromium >/dev/null 2>&1 && [ -z "${CHROMIUM_PATH:-}" ]; then
  echo "提示：浏览器测试需要 Chromium 和中文字体（Debian：apt-get install chromium fonts-noto-cjk），或设置 CHROMIUM_PATH。" >&2
fi
if ! command -v soffice >/dev/null 2>&1; then
  echo "提示：导出 PDF 和 LibreOffice 检查需要 libreoffice-calc-nogui；没有时相关测试会跳过。" >&2
fi

npm ci --no-audit --no-fund
echo "system node $(node -v); project node $(node_modules/.bin/node -v 2>/dev/null || echo '(none: use Node >= 22.12)')"
