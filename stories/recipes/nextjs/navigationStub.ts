// Stands in for `next/navigation` in Storybook (aliased in .storybook/main.ts), so that the Next.js recipe's client
// component runs unchanged: `useRouter().push` records where it was sent.
export const pushed: string[] = [];

export function useRouter() {
  return {
    push(href: string) {
      pushed.push(href);
    },
    refresh() {},
  };
}
