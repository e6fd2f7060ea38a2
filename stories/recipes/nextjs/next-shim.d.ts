// The one Next.js API the recipe uses, typed as Next.js types it, so that the recipe's files type-check in this
// repository (which does not depend on Next.js). In an app, `next` provides it.
declare module 'next/navigation' {
  export function useRouter(): {
    push(href: string, options?: { scroll?: boolean }): void;
    refresh(): void;
  };
}
