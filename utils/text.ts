// Text as a person reads it: runs of spaces, tabs and line breaks as one space, none at the ends; shared by every reader of page text.
export function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
