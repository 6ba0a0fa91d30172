#!/usr/bin/env python3
"""Checks every i18n/<part>_<lang>.properties against its English file: same keys, same
placeholders per key, same choice selectors, apostrophes doubled in values with placeholders.
Usage: python3 docs/check_bundles.py lv bg"""
import glob, os, re, sys

DIR = os.path.join(os.path.dirname(__file__), '..', 'src', 'main', 'resources', 'i18n')

def load(path):
    props = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.lstrip().startswith(('#', '!')):
                continue
            key, _, value = line.partition('=')
            props[key.strip()] = value.lstrip()
    return props

def placeholders(value):
    return sorted(set(re.findall(r'(?<![\w=])\{(\w+)(?=[,}])', value)))

def selectors(value):
    return re.findall(r'(?:\{\w+,choice,|\|)\s*([0-9.]+[#<])', value)

problems = 0
for lang in sys.argv[1:] or ['lv', 'bg']:
    for english in sorted(glob.glob(os.path.join(DIR, '*.properties'))):
        part = os.path.basename(english)[:-len('.properties')]
        if '_' in part:
            continue
        path = os.path.join(DIR, f'{part}_{lang}.properties')
        if not os.path.exists(path):
            print(f'{lang} {part}: MISSING FILE'); problems += 1; continue
        en, tr = load(english), load(path)
        errs = [f'missing key {k}' for k in en if k not in tr]
        errs += [f'extra key {k}' for k in tr if k not in en]
        for k in en.keys() & tr.keys():
            if placeholders(en[k]) != placeholders(tr[k]):
                errs.append(f'{k}: placeholders {placeholders(en[k])} vs {placeholders(tr[k])}')
            if selectors(en[k]) != selectors(tr[k]):
                errs.append(f'{k}: choice {selectors(en[k])} vs {selectors(tr[k])}')
            if placeholders(tr[k]) and re.search(r"(?<!')'(?!')", tr[k]):
                errs.append(f"{k}: single apostrophe in a value with placeholders")
            if '\\u' in tr[k] and '\\u' not in en[k]:
                errs.append(f'{k}: \\u escape')
        print(f'{lang} {part}: {len(tr)} keys (English {len(en)}), {len(errs)} problems')
        for e in errs:
            print('   ', e)
        problems += len(errs)
print('OK' if problems == 0 else f'{problems} problems')
sys.exit(1 if problems else 0)
