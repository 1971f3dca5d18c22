using System.Text;
using System.Text.Json;
using IacTest.Harness.Ansible;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Terraform;

/// <summary>
/// Runs one Terraform subcommand in a working copy with the harness's environment and reads its machine-readable
/// output: the streamed UI (<c>-json</c> on init, plan, apply, destroy, test: one JSON message a line) or one JSON
/// document (validate, show, output). Each line that reaches the log is masked.
/// </summary>
internal sealed class TerraformCommandRunner(
    TerraformBinary binary,
    string workingDirectory,
    IReadOnlyDictionary<string, string> environment,
    TimeSpan timeout,
    Func<string, string> mapPath,
    Action<string>? log)
{
    /// <summary>How the command prints its results.</summary>
    public enum OutputForm
    {
        /// <summary>One JSON message a line (<c>-json</c> of init, plan, apply, destroy, test).</summary>
        Stream,

        /// <summary>One JSON document with a <c>diagnostics</c> array (<c>validate -json</c>).</summary>
        ValidateDocument,

        /// <summary>One JSON document and no diagnostics (show, output): a failure is told on stderr.</summary>
        Document,
    }

    public async Task<TerraformCommandOutput> RunAsync(string command, IReadOnlyList<string> arguments, OutputForm form, CancellationToken ct)
    {
        var argv = new List<string>(arguments.Count + 1) { command };
        argv.AddRange(arguments);
        log?.Invoke(SecretMasker.Shared.Mask($"$ {System.IO.Path.GetFileName(binary.Path)} {string.Join(' ', argv.Select(Quote))}"));
        var result = await ProcessRunner.RunAsync(binary.Path, argv, workingDirectory, environment, timeout, ct).ConfigureAwait(false);
        var messages = new List<JsonElement>();
        var diagnostics = new List<TerraformDiagnostic>();
        var other = new StringBuilder();
        switch (form)
        {
            case OutputForm.Stream:
                ReadStream(result.Stdout, messages, diagnostics, other);
                break;
            case OutputForm.ValidateDocument:
                ReadValidateDocument(result.Stdout, diagnostics, other);
                break;
            case OutputForm.Document:
                break;
        }

        if (result.Stderr.Trim() is { Length: > 0 } stderr)
        {
            other.Append(stderr).Append('\n');
            log?.Invoke(SecretMasker.Shared.Mask(stderr));
        }

        return new TerraformCommandOutput(command, result.ExitCode, result.Stdout, messages, diagnostics, other.ToString());
    }

    private void ReadStream(string stdout, List<JsonElement> messages, List<TerraformDiagnostic> diagnostics, StringBuilder other)
    {
        foreach (var line in stdout.Split('\n'))
        {
            var text = line.TrimEnd('\r');
            if (text.Length == 0)
            {
                continue;
            }

            JsonElement message;
            try
            {
                using var document = JsonDocument.Parse(text);
                message = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                // A line outside the protocol (an older binary, a provider's own print): kept for the failure message.
                other.Append(text).Append('\n');
                log?.Invoke(SecretMasker.Shared.Mask(text));
                continue;
            }

            messages.Add(message);
            if (TerraformJson.String(message, "@message") is { Length: > 0 } said)
            {
                log?.Invoke(SecretMasker.Shared.Mask(said));
            }

            if (TerraformJson.String(message, "type") == "diagnostic" && message.TryGetProperty("diagnostic", out var diagnostic))
            {
                diagnostics.Add(TerraformJson.Diagnostic(diagnostic, mapPath, TerraformJson.String(message, "@testrun")));
            }
        }
    }

    private void ReadValidateDocument(string stdout, List<TerraformDiagnostic> diagnostics, StringBuilder other)
    {
        try
        {
            using var document = JsonDocument.Parse(stdout);
            if (document.RootElement.TryGetProperty("diagnostics", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                diagnostics.AddRange(list.EnumerateArray().Select(d => TerraformJson.Diagnostic(d, mapPath)));
            }
        }
        catch (JsonException)
        {
            other.Append(stdout);
        }
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '=' or ':')
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
