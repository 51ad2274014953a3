#!/usr/bin/env bash
# The Win32 example app (examples-win32/conversations.c), looked at as a person would: runs it
# under Wine on a virtual X server, photographs the screen after each of its two phases of
# traffic, and checks the photos against the layout the app reports:
#   - the window is there: its title bar is drawn (a band with lighter text on it, not the
#     desktop's colour) and each conversation's row has text in it;
#   - each conversation with unread messages shows a red badge in its row, the others none;
#   - the badges differ between the two photos (the traffic changed them);
# and that the app found every callback on its UI thread (its result file).
#
#   bash tests/windows/screenshots.sh EXE OUT_DIR
#
# Needs Xvfb, ImageMagick (import, convert, compare) and Wine (WINE, default wine64).
# Leaves shot1.png, shot2.png, window.png (the window alone) and the app's files in OUT_DIR.
set -euo pipefail
EXE=$(realpath "$1")
OUT=$2
WINE=${WINE:-/usr/lib/wine/wine64}
rm -rf "$OUT"
mkdir -p "$OUT"
OUT=$(realpath "$OUT")
SIZE=700x420
# Debian's ImageMagick 6 (import, convert, compare in /usr/bin).
CONVERT=/usr/bin/convert
[ -x "$CONVERT" ] || CONVERT=convert

fail() {
  echo "screenshots: $*" >&2
  exit 1
}

# A free display number.
for n in $(seq 91 120); do [ -e "/tmp/.X$n-lock" ] || { DISPLAY_NUM=$n; break; }; done
Xvfb ":$DISPLAY_NUM" -screen 0 "${SIZE}x24" -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
XVFB=$!
APP=
cleanup() {
  [ -n "$APP" ] && kill "$APP" 2>/dev/null || true
  kill "$XVFB" 2>/dev/null || true
}
trap cleanup EXIT
export DISPLAY=:$DISPLAY_NUM
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ] && break; sleep 0.1; done

# A virtual desktop the size of the screen: Wine draws the title bar itself (no window manager).
WIN_OUT="Z:$(tr / '\\' <<<"$OUT")"
(cd "$(dirname "$EXE")" && exec "$WINE" explorer "/desktop=timconv,$SIZE" "$EXE" --test "$WIN_OUT") \
  >"$OUT/app.log" 2>&1 &
APP=$!

wait_for() {
  for _ in $(seq 600); do [ -e "$OUT/$1" ] && return 0; sleep 0.1; done
  fail "the app did not write $1 within 60 s (log: $(tail -n 5 "$OUT/app.log"))"
}

for phase in 1 2; do
  wait_for "ready$phase"
  sleep 1 # painting
  import -window root "$OUT/shot$phase.png"
  touch "$OUT/go$phase"
done
wait_for result
for _ in $(seq 100); do kill -0 "$APP" 2>/dev/null || break; sleep 0.1; done

# pixels IMG X1 Y1 X2 Y2 KIND: how many pixels of the rectangle are of KIND
# (red: a badge; dark: text; light: bright text or highlight).
pixels() {
  local w=$(($4 - $2)) h=$(($5 - $3))
  [ "$w" -gt 0 ] && [ "$h" -gt 0 ] || { echo 0; return; }
  "$CONVERT" "$1" -crop "${w}x${h}+$2+$3" +repage -depth 8 txt:- | awk -v kind="$6" '
    NR > 1 {
      if (!match($0, /\([0-9]+,[0-9]+,[0-9]+/)) next
      split(substr($0, RSTART + 1, RLENGTH - 1), c, ",")
      r = c[1]; g = c[2]; b = c[3]; lum = (r * 3 + g * 6 + b) / 10
      if (kind == "red" && r > 180 && g < 100 && b < 100) n++
      if (kind == "dark" && lum < 110) n++
      if (kind == "light" && lum > 200) n++
    }
    END { print n + 0 }'
}

for phase in 1 2; do
  shot=$OUT/shot$phase.png layout=$OUT/layout$phase
  read -r _ wl wt wr wb < <(grep '^window' "$layout")
  read -r _ ll lt lr lb < <(grep '^list' "$layout")
  # The title bar: between the window's top edge and its client area.
  [ "$((lt - wt))" -ge 12 ] || fail "phase $phase: no room for a title bar ($wt..$lt)"
  title_dark=$(pixels "$shot" $((wl + 4)) $((wt + 4)) $((wr - 4)) $((lt - 4)) dark)
  title_light=$(pixels "$shot" $((wl + 4)) $((wt + 4)) $((wr - 4)) $((lt - 4)) light)
  desktop=$("$CONVERT" "$shot" -format '%[pixel:p{2,2}]' info:)
  window=$("$CONVERT" "$shot" -format "%[pixel:p{$((wl + 20)),$((wt + 8))}]" info:)
  echo "phase $phase: title bar $title_dark dark and $title_light light pixels"
  [ "$title_dark" -gt 200 ] && [ "$title_light" -gt 20 ] || fail "phase $phase: no title bar drawn"
  [ "$desktop" != "$window" ] || fail "phase $phase: the window is not there (desktop colour)"
  rows=0
  while read -r _ id unread x1 y1 x2 y2; do
    rows=$((rows + 1))
    red=$(pixels "$shot" "$x1" "$y1" "$x2" "$y2" red)
    text=$(pixels "$shot" "$ll" "$y1" "$x1" "$y2" dark)
    echo "phase $phase: $id unread $unread: badge $red red pixels, name $text dark pixels"
    [ "$text" -gt 10 ] || fail "phase $phase: row $id has no text"
    if [ "$unread" -gt 0 ]; then
      [ "$red" -gt 20 ] || fail "phase $phase: row $id has $unread unread and no badge"
    else
      [ "$red" -eq 0 ] || fail "phase $phase: row $id has a badge and no unread"
    fi
  done < <(grep '^badge' "$layout")
  [ "$rows" -ge 5 ] || fail "phase $phase: only $rows conversations listed"
done

# The badges changed between the two photos (the app's list and the pixels of its badge column).
diff -q <(grep '^badge' "$OUT/layout1" | cut -d' ' -f2,3) <(grep '^badge' "$OUT/layout2" | cut -d' ' -f2,3) \
  >/dev/null && fail "the unread badges did not change between the photos"
read -r bx1 by1 bx2 by2 < <(awk '$1 == "badge" {
    if (!n++) { x1 = $4; y1 = $5; x2 = $6; y2 = $7 }
    if ($4 < x1) x1 = $4; if ($5 < y1) y1 = $5; if ($6 > x2) x2 = $6; if ($7 > y2) y2 = $7
  } END { print x1, y1, x2, y2 }' "$OUT/layout1" "$OUT/layout2")
for phase in 1 2; do
  "$CONVERT" "$OUT/shot$phase.png" -crop "$((bx2 - bx1))x$((by2 - by1))+$bx1+$by1" +repage "$OUT/badges$phase.png"
done
changed=$(compare -metric AE "$OUT/badges1.png" "$OUT/badges2.png" null: 2>&1 || true)
echo "badge column: $changed pixels changed between the photos"
[ "${changed%% *}" != 0 ] || fail "the badge column looks the same in both photos"

read -r _ wl wt wr wb < <(grep '^window' "$OUT/layout2")
"$CONVERT" "$OUT/shot2.png" -crop "$((wr - wl))x$((wb - wt))+$wl+$wt" +repage "$OUT/window.png"
result=$(cat "$OUT/result")
echo "app: $result"
[[ $result == ok:* ]] || fail "the app reports: $result"
echo "screenshots: ok"
