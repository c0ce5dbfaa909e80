
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <a href="/" className="mb-8 flex items-center gap-2 text-lg font-semibold tracking-tight">
        <span aria-hidden className="grid size-8 place-items-center rounded-lg bg-zinc-900 text-sm font-bold text-white dark:bg-white dark:text-zinc-900">
          R
        </span>
        Roster
      </a>
      <div className="w-full max-w-sm">{children}</div>
    </main>
  );
}
