using System.Text;
using IacTest.Harness.Environments;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks;

/// <summary>
/// Several probe scripts as one shell script: each runs in the background with its own output files, and once all
/// have finished their exit codes and outputs are printed between marker lines. One <c>docker exec</c> (or SSH
/// channel) then does the work of many — each exec costs the engine tens of milliseconds of CPU.
/// </summary>
/// <remarks>
/// The framing forks as little as it can, because on a host it is most of a batch's cost: measured on a Debian sshd
/// host, a fork-and-exec of <c>sh -c</c> per script plus a <c>cat</c> of each output file cost ~6 ms of CPU per
/// script against ~2 ms for the script itself. So each script runs in one background subshell (<c>eval</c>, no new
/// <c>sh</c>) whose EXIT trap writes its header line with a builtin, and one <c>cat</c> at the end prints every
/// header, output and separator (a file holding the marker line) in order.
/// </remarks>
internal static class BatchScript
{
    /// <summary>A script and its positional arguments (<c>$1…</c>).</summary>
    public readonly record struct Part(string Script, IReadOnlyList<string> Arguments);

    /// <summary>The command that runs <paramref name="parts"/>; its output is read back with <see cref="Parse"/>.</summary>
    public static string[] Command(IReadOnlyList<Part> parts, string marker)
    {
        var script = new StringBuilder();
        // mktemp is in busybox and coreutils; a fixed name under /tmp is the fallback.
        // The batch's own variables have names no probe script uses: the scripts run in subshells of this shell and see them.
        script.Append("iactest_d=$(mktemp -d 2>/dev/null) || { iactest_d=/tmp/.iactest-batch-$$; mkdir -p \"$iactest_d\" || exit 125; }\n");
        script.Append("iactest_m=$1; printf '\\n%s\\n' \"$iactest_m\" >\"$iactest_d/m\"\n");
        for (var i = 0; i < parts.Count; i++)
        {
            // $? is the script's exit status when the trap starts, whether it ended or called exit; a script that the
            // kernel kills, or one that execs, leaves no header and the batch is run again one script at a time.
            script.Append("( trap 'printf \"%s ").Append(i).Append(" %s\\n\" \"$iactest_m\" $? >\"$iactest_d/").Append(i).Append(".h\"' EXIT; set --");
            foreach (var argument in parts[i].Arguments)
            {
                script.Append(' ').Append(Shell.Quote(argument));
            }

            script.Append("; eval ").Append(Shell.Quote(parts[i].Script))
                .Append(" ) >\"$iactest_d/").Append(i).Append(".o\" 2>\"$iactest_d/").Append(i).Append(".e\" </dev/null &\n");
        }

        script.Append("wait\ncat");
        for (var i = 0; i < parts.Count; i++)
        {
            script.Append(" \"$iactest_d/").Append(i).Append(".h\" \"$iactest_d/").Append(i).Append(".o\" \"$iactest_d/m\" \"$iactest_d/").Append(i).Append(".e\" \"$iactest_d/m\"");
        }

        script.Append("\nrm -rf \"$iactest_d\"\n");
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
