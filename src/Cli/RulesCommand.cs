using System.Text.Json;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Documentation;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;

namespace IacTest.Cli;

/// <summary><c>iactest rules</c>: lists the rules, or writes their reference pages.</summary>
internal static class RulesCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory)
    {
        var format = "text";
        string? docsFolder = null;
        var reader = new ArgumentReader(args);
        while (reader.TryNextOption(out var option, out var inline))
        {
            switch (option)
            {
                case "-f" or "--format":
                    format = reader.Value(option, inline);
                    break;
                case "--docs":
                    docsFolder = Path.GetFullPath(reader.Value(option, inline), workingDirectory);
                    break;
                default:
                    throw new UsageException($"unknown option '{option}' for rules.");
            }
        }

        var catalog = BuiltInRules.Catalog;
        if (docsFolder is not null)
        {
            RuleDocs.WriteTo(docsFolder, catalog);
            output.WriteLine($"wrote {RuleDocs.Generate(catalog).Count} pages to {docsFolder}");
            return CommandLine.Success;
        }

        switch (format)
        {
            case "json":
                using (var stream = new MemoryStream())
                {
                    using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
                    {
                        json.WriteStartArray();
                        foreach (var rule in catalog.Rules)
                        {
                            json.WriteStartObject();
                            json.WriteString("code", rule.Code);
                            json.WriteString("rule", rule.Name);
                            json.WriteString("family", rule.Family.ToString().ToLowerInvariant());
                            json.WriteString("title", rule.Title);
                            json.WriteString("severity", rule.DefaultSeverity.ToName());
                            json.WriteBoolean("enabled", rule.EnabledByDefault);
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                    }

                    output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
                }

                break;
            case "text":
                foreach (var rule in catalog.Rules)
                {
                    var state = rule.EnabledByDefault ? rule.DefaultSeverity.ToName() : "off";
                    output.WriteLine($"{rule.Code}  {rule.Name,-32} {state,-8} {rule.Title}");
                }

                break;
            default:
                throw new UsageException($"unknown format '{format}' for rules: use text or json.");
        }

        return CommandLine.Success;
    }
}
