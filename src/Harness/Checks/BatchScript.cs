using System.Text;
using IacTest.Harness.Environments;

namespace IacTest.Harness.Checks;

/// <summary>
/// Several probe scripts as one shell script: each runs in the background with its own output files, and once all
/// have finished their exit codes and outputs are printed between marker lines. One <c>docker exec</c> then does
/// the work of many — each exec costs the engine tens of milliseconds of CPU.
/// </summary>
internal static class BatchScript
{
    /// <summary>A script and its positional arguments (<c>$1…</c>).</summary>
    public readonly record struct Part(string Script, IReadOnlyList<string> Arguments);

    /// <summary>The command that runs <paramref name="parts"/>; its output is read back with <see cref="Parse"/>.</summary>
    public static string[] Command(IReadOnlyList<Part> parts, string marker)
    {
        var script = new StringBuilder();
        // mktemp is in busybox and coreutils; a fixed name under /tmp is the fallback.
        script.Append("d=$(mktemp -d 2>/dev/null) || { d=/tmp/.iactest-batch-$$; mkdir -p \"$d\" || exit 125; }\n");
        for (var i = 0; i < parts.Count; i++)
        {
            script.Append("( /bin/sh -c ").Append(Shell.Quote(parts[i].Script)).Append(" sh");
            foreach (var argument in parts[i].Arguments)
            {
                script.Append(' ').Append(Shell.Quote(argument));
            }

            script.Append(" >\"$d/").Append(i).Append(".o\" 2>\"$d/").Append(i).Append(".e\" </dev/null; echo $? >\"$d/").Append(i).Append(".x\" ) &\n");
        }

        script.Append("wait\n");
        script.Append("i=0; while [ $i -lt ").Append(parts.Count).Append(" ]; do\n");
        script.Append("  printf '%s %s %s\\n' \"$1\" \"$i\" \"$(cat \"$d/$i.x\" 2>/dev/null || echo 126)\"\n");
        script.Append("  cat \"$d/$i.o\"; printf '\\n%s\\n' \"$1\"; cat \"$d/$i.e\"; printf '\\n%s\\n' \"$1\"\n");
        script.Append("  i=$((i + 1))\ndone\nrm -rf \"$d\"\n");
        return Shell.Command(script.ToString(), [marker]);
    }

    /// <summary>The result of each part, in order, or null when the output is not what <see cref="Command"/> prints.</summary>
    public static CommandResult[]? Parse(CommandResult batch, string marker, int count)
    {
        var text = batch.Stdout;
        var separator = "\n" + marker + "\n";
        var results = new CommandResult[count];
        var position = 0;
        for (var i = 0; i < count; i++)
        {
            var headerEnd = text.IndexOf('\n', position);
            if (headerEnd < 0)
            {
                return null;
            }

            var header = text[position..headerEnd].Split(' ');
            if (header.Length != 3 || header[0] != marker || header[1] != i.ToString(System.Globalization.CultureInfo.InvariantCulture)
                || !int.TryParse(header[2], System.Globalization.CultureInfo.InvariantCulture, out var exitCode))
            {
                return null;
            }

            var stdoutEnd = text.IndexOf(separator, headerEnd + 1, StringComparison.Ordinal);
            var stderrEnd = stdoutEnd < 0 ? -1 : text.IndexOf(separator, stdoutEnd + separator.Length, StringComparison.Ordinal);
            if (stderrEnd < 0)
            {
                return null;
            }

            results[i] = new CommandResult(exitCode, text[(headerEnd + 1)..stdoutEnd], text[(stdoutEnd + separator.Length)..stderrEnd]);
            position = stderrEnd + separator.Length;
        }

        return results;
    }
}
