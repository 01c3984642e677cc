"""Parses one .eml with Python's email package and prints what a mail client would see, as JSON:
headers (decoded), the part tree, decoded text bodies, attachment names and payload sizes."""
import json, sys
from email import policy
from email.parser import BytesParser, Parser

raw = open(sys.argv[1], 'rb').read()
if raw.split(b'\r\n\r\n', 1)[0].isascii():
    msg = BytesParser(policy=policy.default).parsebytes(raw)
else:  # RFC 6532 (SMTPUTF8) headers are UTF-8
    msg = Parser(policy=policy.SMTPUTF8).parsestr(raw.decode('utf-8'))
parts = []
for p in msg.walk():
    entry = {'type': p.get_content_type()}
    if not p.is_multipart():
        if p.get_content_maintype() == 'text':
            entry['text'] = p.get_content()
        else:
            entry['size'] = len(p.get_content())
            entry['sha'] = __import__('hashlib').sha256(p.get_content()).hexdigest()
        entry['filename'] = p.get_filename()
        entry['content_id'] = p['Content-ID']
        entry['disposition'] = p.get_content_disposition()
    parts.append(entry)
headers = {k: str(v) for k, v in msg.items()}
print(json.dumps({'headers': headers, 'from_display': msg['From'].addresses[0].display_name,
                  'from_address': msg['From'].addresses[0].addr_spec,
                  'to_address': msg['To'].addresses[0].addr_spec, 'parts': parts}))
