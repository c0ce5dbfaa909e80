import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/input";

/** Step one: the code from the terminal (a plain GET form: /device?code=...). */
export function DeviceCodeForm({ initialCode, error }: { initialCode: string; error?: string }) {
  return (
    <form action="/device" method="get" className="space-y-4">
      <div className="space-y-1.5">
        <Label htmlFor="device-code">Code</Label>
        <Input
          id="device-code"
          name="code"
          defaultValue={initialCode}
          placeholder="BCDF-GHJK"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          autoFocus
          className="font-mono text-lg tracking-widest uppercase"
          aria-invalid={error ? true : undefined}
          aria-describedby="device-code-error"
        />
        <FieldError id="device-code-error">{error}</FieldError>
      </div>
      <Button type="submit" className="w-full">
        Continue
      </Button>
    </form>
  );
}
