import { describe, expect, it } from 'vitest';
import { inputFormat, isHtmlFileName, looksLikeHtml } from './input-format.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('input format', () => {
  it('knows saved pages by their extension, in any case', () => {
    expect(['a.html', 'B.HTM', 'c.xhtml'].map(isHtmlFileName)).toEqual([true, true, true]);
    expect(['a.txt', 'html', 'a.html.txt'].map(isHtmlFileName)).toEqual([false, false, false]);
  });

  it('sniffs a page on standard input by its doctype or <html> tag, after a BOM, blanks or comments', () => {
    expect(looksLikeHtml(bytes('<!DOCTYPE html>\n<html lang="de">'))).toBe(true);
    expect(looksLikeHtml(bytes('\ufeff  <!-- saved from url=(0042)https://example.org -->\n<html>'))).toBe(true);
    expect(looksLikeHtml(bytes('<?xml version="1.0"?><!doctype html PUBLIC "-//W3C//DTD XHTML 1.0"><html>'))).toBe(true);
    expect(looksLikeHtml(bytes('Regierung beschließt Gesetz\n\n<html> ist ein Tag.'))).toBe(false);
    expect(looksLikeHtml(bytes('<htmlx>'))).toBe(false);
  });

  it('lets a forced format win over name and content', () => {
    expect(inputFormat(bytes('<html>'), 'a.txt')).toBe('text');
    expect(inputFormat(bytes('Text'), 'a.htm')).toBe('html');
    expect(inputFormat(bytes('<html>'), undefined)).toBe('html');
    expect(inputFormat(bytes('<html>'), undefined, 'text')).toBe('text');
    expect(inputFormat(bytes('Text'), 'a.txt', 'html')).toBe('html');
  });
});
