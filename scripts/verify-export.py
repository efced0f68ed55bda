#!/usr/bin/env python3
"""Checks the registry's audit export independently of the registry (docs/adr/0009-hash-chain.md).

Reads the NDJSON export (GET /api/audit/export) from a file or stdin, recomputes the hash chain from each event's
fields and compares it with the chainHash the registry wrote. Prints "ok N events" (exit 0), or the first position
where the recomputed chain differs from the registry's (exit 1). Python 3 standard library only.

    curl -s -u auditor:demo http://localhost:8080/api/audit/export | python3 scripts/verify-export.py
"""
import hashlib
import io
import json
import sys

GENESIS = "0" * 64


class Number(str):
    """A JSON number kept as its literal text: the chain hashes numbers as written, never rounded through a float."""


# The characters a JSON string escapes by a letter; any other outside printable ASCII is a \u escape.
SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def string(value):
    out = ['"']
    for ch in value:
        code = ord(ch)
        if ch in SHORT_ESCAPES:
            out.append(SHORT_ESCAPES[ch])
        elif 0x20 <= code <= 0x7E:
            out.append(ch)
        elif code > 0xFFFF:
            code -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
        else:
            out.append('\\u%04x' % code)
    out.append('"')
    return ''.join(out)


def canonical(value):
    if value is None:
        return 'null'
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    if isinstance(value, Number):
        return str(value)
    if isinstance(value, str):
        return string(value)
    if isinstance(value, list):
        return '[' + ','.join(canonical(item) for item in value) + ']'
    if isinstance(value, dict):
        return '{' + ','.join(string(key) + ':' + canonical(value[key]) for key in sorted(value)) + '}'
    raise ValueError('not a JSON value: %r' % (value,))


def parse(line):
    return json.loads(line, parse_int=Number, parse_float=Number)


def link(previous, event):
    preimage = '[' + ','.join([
        string(previous),
        str(event['position']),
        string(event['eventId']),
        string(event['payloadType']),
        canonical(event['payloadRevision']),
        string(event['aggregateId']),
        str(event['sequence']),
        string(event['recordedAt']),
        canonical(event['payload']),
        canonical(event['metadata']),
    ]) + ']'
    return hashlib.sha256(preimage.encode('ascii')).hexdigest()


def verify(lines):
    previous = GENESIS
    count = 0
    pending = 0
    first_pending = None
    computed_by_export = 0
    first_computed = None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            event = parse(line)
            computed = link(previous, event)
        except (ValueError, KeyError, TypeError) as error:
            return 'line %d is not an exported event: %s' % (number, error), False
        count += 1
        stored = event.get('chainHash')
        if stored is None:
            # An export from before the registry linked unlinked events itself: the newest events had no hash, and
            # an unlinked event may only be followed by others.
            pending += 1
            first_pending = first_pending or event['position']
        elif pending:
            return 'broken at position %s' % first_pending, False
        elif event.get('linked') is False:
            # Not yet linked by the registry's chain processor: the export computed this link from the previous
            # line's. It is checked like any other; only linked events may not follow it.
            computed_by_export += 1
            first_computed = first_computed or event['position']
            if stored != computed:
                return 'broken at position %s' % event['position'], False
        elif first_computed is not None:
            # A stored link after events the registry had not linked: one of those was recorded behind its back.
            return 'broken at position %s' % first_computed, False
        elif stored != computed:
            return 'broken at position %s' % event['position'], False
        previous = computed
    notes = []
    if computed_by_export:
        notes.append('%d linked by the export, not yet by the registry' % computed_by_export)
    if pending:
        notes.append('%d not yet linked' % pending)
    return 'ok %d events%s' % (count - pending, ' (%s)' % '; '.join(notes) if notes else ''), True


def main(argv):
    if len(argv) > 2:
        print('usage: verify-export.py [export.ndjson]', file=sys.stderr)
        return 2
    if len(argv) == 2 and argv[1] != '-':
        with open(argv[1], encoding='utf-8') as lines:
            message, ok = verify(lines)
    else:
        message, ok = verify(io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8'))
    print(message)
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
