#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 SSPI Lens developers
# SPDX-License-Identifier: MIT
"""Move translations between a Qt Linguist .ts file and a tab-separated worksheet.

  ts-tsv.py export FILE.ts [--all] > sheet.tsv   context<TAB>source<TAB>translation, unfinished only
  ts-tsv.py import FILE.ts sheet.tsv...          fill translations, clear "unfinished"

Sheets may also have two columns (source, translation): they then apply in every context.
Newlines inside texts are written as \\n. Run the update_translations target afterwards so that
lupdate writes the file back in its own layout.
"""
import sys
import xml.etree.ElementTree as ET


def esc(text):
    return text.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')


def unesc(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == '\\' and i + 1 < len(text):
            out.append({'n': '\n', 't': '\t', '\\': '\\'}.get(text[i + 1], '\\' + text[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def export(path, everything):
    root = ET.parse(path).getroot()
    for ctx in root.iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            tr = msg.find('translation')
            if not everything and tr.get('type') != 'unfinished':
                continue
            if msg.get('numerus') == 'yes':
                forms = [f.text or '' for f in tr.iter('numerusform')]
                text = ' || '.join(forms)
            else:
                text = tr.text or ''
            comment = msg.findtext('comment')
            src = msg.findtext('source')
            print('\t'.join([name, esc(src), esc(text)] + ([esc(comment)] if comment else [])))


def load(sheets):
    by_ctx, anywhere = {}, {}
    for sheet in sheets:
        with open(sheet, encoding='utf-8') as f:
            for line in f:
                line = line.rstrip('\n')
                if not line or line.startswith('#'):
                    continue
                cells = line.split('\t')
                if len(cells) == 2:
                    anywhere[unesc(cells[0])] = unesc(cells[1])
                elif len(cells) >= 3:
                    by_ctx[(cells[0], unesc(cells[1]))] = unesc(cells[2])
    return by_ctx, anywhere


def do_import(path, sheets):
    tree = ET.parse(path)
    by_ctx, anywhere = load(sheets)
    filled = 0
    for ctx in tree.getroot().iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            src = msg.findtext('source')
            text = by_ctx.get((name, src), anywhere.get(src))
            if text is None or not text.strip():
                continue
            tr = msg.find('translation')
            if msg.get('numerus') == 'yes':
                forms = [t.strip() for t in text.split('||')]
                for f in list(tr):
                    tr.remove(f)
                for form in forms:
                    ET.SubElement(tr, 'numerusform').text = form
            else:
                tr.text = text
            tr.attrib.pop('type', None)
            filled += 1
    with open(path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
    print(f'{path}: {filled} translations filled', file=sys.stderr)


if __name__ == '__main__':
    if len(sys.argv) >= 3 and sys.argv[1] == 'export':
        export(sys.argv[2], '--all' in sys.argv[3:])
    elif len(sys.argv) >= 4 and sys.argv[1] == 'import':
        do_import(sys.argv[2], sys.argv[3:])
    else:
        sys.exit(__doc__)
