"""Independent .eml checker (docs/channels.md §6.1): Python's email package plus raw-byte rules.

Usage: python3 check_eml.py [--smtputf8] FILE...   prints "FILE OK" or the errors; exits 1 on errors.
With --smtputf8, raw UTF-8 is allowed in the header block (RFC 6532 messages).
"""
import sys, re, base64
from email import policy
from email.parser import BytesParser, Parser
from email.utils import parsedate_to_datetime

def check(raw, smtputf8=False):
    err = []
    lines = raw.split(b'\r\n')
    if any(b'\n' in l or b'\r' in l for l in lines): err.append('bare LF/CR')
    err += [f'line {i}: {len(l)} > 998' for i, l in enumerate(lines, 1) if len(l) > 998]
    if not smtputf8 and any(b > 127 for b in raw.split(b'\r\n\r\n', 1)[0]): err.append('8-bit header')
    if smtputf8:
        # RFC 6532: headers are UTF-8. BytesParser would read them as undecodable bytes, so
        # parse the decoded text; a non-ASCII local part is then intended, not a defect.
        try: msg = Parser(policy=policy.SMTPUTF8).parsestr(raw.decode('utf-8'))
        except UnicodeDecodeError: return err + ['header is not UTF-8']
    else:
        msg = BytesParser(policy=policy.default).parsebytes(raw)
    expected = ('NonASCIILocalPartDefect',) if smtputf8 else ()
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
        if len(msg.get_all(h) or []) != 1: err.append(f'{h} count != 1')
    try: parsedate_to_datetime(str(msg['Date']))
    except Exception: err.append('bad Date')
    if not re.fullmatch(r'<[^<>@\s]+@[^<>@\s]+>', str(msg['Message-ID'] or '').strip()):
        err.append('bad Message-ID')
    cids, refs = set(), set()
    for p in msg.walk():
        ct = p.get_content_type()
        err += [f'{ct}: {type(d).__name__}' for d in p.defects]
        err += [f'{ct} {k}: {type(d).__name__}' for k, v in p.items() for d in getattr(v, 'defects', ())
                if type(d).__name__ not in expected]
        if p.is_multipart():
            kids = [c.get_content_type() for c in p.iter_parts()]
            if ct == 'multipart/alternative' and {'text/plain', 'text/html'} <= set(kids) \
               and kids.index('text/plain') > kids.index('text/html'):
                err.append('html before plain')
            continue
        cte, body = p.get('Content-Transfer-Encoding', '7bit').lower(), p.get_payload()
        if cte in ('quoted-printable', 'base64') and any(len(l.rstrip('\r')) > 76 for l in body.split('\n')):
            err.append(f'{ct}: {cte} line > 76')
        if cte == 'base64':
            try: base64.b64decode(''.join(body.split()), validate=True)
            except Exception: err.append(f'{ct}: bad base64')
        if cte == '7bit' and not body.isascii(): err.append(f'{ct}: 8-bit data in 7bit')
        if p['Content-ID']: cids.add(str(p['Content-ID']).strip()[1:-1])
        if ct == 'text/html': refs |= set(re.findall(r'cid:([^"\'\s)>]+)', p.get_content()))
        if p.get_content_disposition() == 'attachment' and not p.get_filename():
            err.append(f'{ct}: attachment without filename')
    err += [f'dangling cid:{r}' for r in refs - cids]
    return err

args = sys.argv[1:]
smtputf8 = '--smtputf8' in args
files = [a for a in args if a != '--smtputf8']
bad = {f: check(open(f, 'rb').read(), smtputf8) for f in files}
for f, e in bad.items(): print(f, 'OK' if not e else e)
sys.exit(any(bad.values()))
