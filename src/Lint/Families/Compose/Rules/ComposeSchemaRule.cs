using System.Text.Json;
using IacTest.Lint.Classification;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Compose.Rules;

/// <summary>Validates a Compose file against the Compose specification's schema.</summary>
internal sealed class ComposeSchemaRule : LintRule
{
    private static readonly Lazy<JsonDocument> Schema = new(() => JsonDocument.Parse(EmbeddedData.Open("Compose/compose-spec.json")));

    /// <inheritdoc />
    public override string Code => "IAC0501";

    /// <inheritdoc />
    public override string Name => "compose-schema";

    /// <inheritdoc />
    public override string Title => "Compose files must match the Compose specification";

    /// <inheritdoc />
    public override RuleFamily Family => RuleFamily.Compose;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["compose", "schema", "correctness"];

    /// <inheritdoc />
    public override string ExamplePath => "compose.yaml";

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind is FileKind.Compose;

    /// <inheritdoc />
    public override string Description =>
        "The file is validated against the current Compose Specification's JSON schema (committed as data, derived by `eng/data/compose-schema.py` from a recorded commit of the specification): unknown properties (`enviroment:`), values of the wrong type (`ports: 80`), values outside an enumeration (`condition: service_ready`), missing required properties, patterns, ranges and duplicate list items, each at the offending node. The file is read as Compose reads it: extension fields (`x-…`) are allowed where the specification allows them, values with `$VAR`/`${…}` interpolation fit any scalar type, merge keys and aliases stand for what they bring in (a mistake inside is reported at the alias), and `!reset` values are dropped.";

    /// <inheritdoc />
    public override string BadExample => "services:\n  web:\n    image: nginx:1.27\n    enviroment:\n      LOG_LEVEL: info\n    ports: 80\n";

    /// <inheritdoc />
    public override string GoodExample => "services:\n  web:\n    image: nginx:1.27\n    environment:\n      LOG_LEVEL: info\n    ports:\n      - \"127.0.0.1:8080:80\"\n";

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        var root = Schema.Value.RootElement;
        var validator = new JsonSchemaValidator(root);
        foreach (var document in context.File.Documents)
        {
            if (document.Root is null)
            {
                continue;
            }

            var problems = validator.ValidateDocument(document.Root);
            var seen = new HashSet<(int, int, string)>();
            foreach (var problem in problems)
            {
                if (seen.Add((problem.Node.Start.Line, problem.Node.Start.Column, problem.Message)))
                {
                    context.Report(problem.Node, problem.Message.TrimStart(':', ' '), problem.Kind);
                }
            }
        }
    }
}
