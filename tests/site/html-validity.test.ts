/**
 * Every built page, /admin/ included, is valid HTML by html-validate's
 * recommended rules (.htmlvalidate.json says which style rules are relaxed
 * and why).
 */
import { relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { dist, htmlFiles } from './dist';

describe('HTML validity', () => {
  it('finds no error on any built page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(100);
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      const messages = report.results.flatMap((result) => result.messages as Message[]);
      for (const message of messages.filter((entry) => entry.severity === 2)) {
        errors.push(`${relative(dist, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('catches an invalid page (the check can fail)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></div></p></body></html>',
      'page.html',
    );
    expect(report.valid).toBe(false);
  });
});
