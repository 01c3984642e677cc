"""Independent SMS segment counter (docs/channels.md §6.2), built on the gsm0338 codec.

Usage: python3 sms_count.py < texts.json     (a JSON array of strings)
       python3 sms_count.py --table          (every scalar the codec encodes, with its septets)
Prints JSON. Exits 3 when the gsm0338 module is missing (install: pip install gsm0338).
"""
import json
import sys

try:
    import gsm0338  # noqa: F401  registers codec 'gsm03.38'
except ImportError:
    print("the Python module gsm0338 is missing; install it with: pip install gsm0338", file=sys.stderr)
    sys.exit(3)


def segments(text):
    try:
        u = list(text.encode('gsm03.38')); enc, one, part = 'GSM-7', 160, 153
        w = lambda i: 2 if u[i] == 0x1B else 1                 # keep ESC+char together
    except UnicodeEncodeError:
        b = text.encode('utf-16-be'); u = [b[i:i+2] for i in range(0, len(b), 2)]
        enc, one, part = 'UCS-2', 70, 67
        w = lambda i: 2 if 0xD8 <= u[i][0] <= 0xDB else 1     # keep surrogate pairs together
    if len(u) <= one: return enc, len(u), 1
    n, used, i = 1, 0, 0
    while i < len(u):
        k = w(i)
        if used + k > part: n, used = n + 1, 0
        used += k; i += k
    return enc, len(u), n


if len(sys.argv) > 1 and sys.argv[1] == '--table':
    table = {}
    for cp in range(0x10000):  # the GSM alphabet lies in the BMP; astral scalars are UCS-2 anyway
        if 0xD800 <= cp <= 0xDFFF:
            continue
        try:
            table[cp] = len(chr(cp).encode('gsm03.38'))
        except UnicodeEncodeError:
            pass
    print(json.dumps(table))
else:
    texts = json.load(sys.stdin)
    print(json.dumps([dict(zip(('encoding', 'units', 'segments'), segments(t))) for t in texts]))
