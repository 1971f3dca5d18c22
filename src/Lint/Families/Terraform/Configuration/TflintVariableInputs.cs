using IacTest.Lint.Configuration;
using IacTest.Lint.Families.Terraform.Model;
using IacTest.Lint.Hcl;

namespace IacTest.Lint.Families.Terraform.Configuration;

/// <summary>
/// Checks <c>config { varfile, variables }</c> of <c>.tflint.hcl</c> as tflint does before it lints: every variable
/// file exists and parses as a variable definitions file, and every assignment is <c>key=value</c>. tflint stops on
/// either mistake; here each is a finding at the list item that names it.
/// </summary>
internal static class TflintVariableInputs
{
    /// <summary>
    /// Checks the files of <c>varfile</c>, relative to <paramref name="workingDirectory"/>; returns their full paths, the
    /// missing ones too, so the configuration is read again when one of them appears or changes.
    /// </summary>
    public static IReadOnlyList<string> CheckFiles(HclAttribute attribute, string workingDirectory, Action<HclRange, string> report)
    {
        if (Strings(attribute, report) is not { } items)
        {
            return [];
        }

        var read = new List<string>();
        foreach (var (name, range) in items)
        {
            string path;
            try
            {
                path = Path.GetFullPath(Path.Combine(workingDirectory, name));
            }
            catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
            {
                report(range, $"Failed to read file; The file \"{name}\" could not be read.");
                continue;
            }

            read.Add(path);
            string text;
            try
            {
                // Recorded, missing or not, so a build reads the configuration again when the file appears or changes.
                text = ConfigurationProbes.ReadAllText(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Terraform's words for a variable file it cannot open (tflint loads them with Terraform's parser).
                report(range, $"Failed to read file; The file \"{name}\" could not be read.");
                continue;
            }

            var file = HclParser.ParseConfig(text, name);
            foreach (var error in file.Diagnostics)
            {
                report(range, $"varfile \"{name}\": {error.Format(name)}");
            }

            // A variable definitions file holds arguments only (Terraform reads its body as attributes).
            foreach (var block in file.IsValid ? file.Body.Blocks : [])
            {
                report(range, $"varfile \"{name}\": {name}:{block.TypeRange}: Unexpected \"{block.Type}\" block; Blocks are not allowed here.");
            }
        }

        return read;
    }

    /// <summary>Checks the assignments of <c>variables</c>: each is <c>name=value</c>, as tflint's <c>--var</c> is; returns the valid ones.</summary>
    public static IReadOnlyList<string> CheckAssignments(HclAttribute attribute, Action<HclRange, string> report)
    {
        var valid = new List<string>();
        foreach (var (assignment, range) in Strings(attribute, report) ?? [])
        {
            if (assignment.IndexOf('=', StringComparison.Ordinal) <= 0)
            {
                report(range, $"`{assignment}` is invalid. Variables must be `key=value` format");
            }
            else
            {
                valid.Add(assignment);
            }
        }

        return valid;
    }

    // The literal strings of a list argument, each with its range; null (reported) when the value is not one.
    private static List<(string Value, HclRange Range)>? Strings(HclAttribute attribute, Action<HclRange, string> report)
    {
        if (attribute.Expression is HclTupleExpression tuple && tuple.Items.All(i => ExpressionValues.AsString(i) is not null))
        {
            return tuple.Items.Select(i => (ExpressionValues.AsString(i)!, i.Range)).ToList();
        }

        report(attribute.Expression.Range, $"{attribute.Name} must be a list of strings");
        return null;
    }
}
