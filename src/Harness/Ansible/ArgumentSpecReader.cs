using IacTest.Harness.Modules;

namespace IacTest.Harness.Ansible;

/// <summary>Reads the <c>argument_specs</c> mapping of <c>meta/argument_specs.yml</c> (or <c>meta/main.yml</c>).</summary>
internal static class ArgumentSpecReader
{
    private static readonly HashSet<string> KnownTypes = new(StringComparer.Ordinal)
    {
        "str", "list", "dict", "bool", "int", "float", "path", "raw", "jsonarg", "json", "bytes", "bits",
    };

    public static IReadOnlyDictionary<string, ArgumentEntryPoint> Read(ModuleNode specs, ICollection<ModuleDiagnostic> diagnostics)
    {
        var entryPoints = new Dictionary<string, ArgumentEntryPoint>(StringComparer.Ordinal);
        if (specs.Kind != ModuleNodeKind.Mapping)
        {
            diagnostics.Add(new ModuleDiagnostic(specs.Location, "argument_specs must be a mapping of entry points"));
            return entryPoints;
        }

        foreach (var (name, keyLocation, body) in specs.Entries)
        {
            entryPoints[name] = new ArgumentEntryPoint
            {
                Name = name,
                ShortDescription = body.GetText("short_description"),
                Options = ReadOptions(body["options"], diagnostics),
                Location = keyLocation,
            };
        }

        return entryPoints;
    }

    private static Dictionary<string, ArgumentOption> ReadOptions(ModuleNode? options, ICollection<ModuleDiagnostic> diagnostics)
    {
        var result = new Dictionary<string, ArgumentOption>(StringComparer.Ordinal);
        if (options is null || options.IsNull)
        {
            return result;
        }

        if (options.Kind != ModuleNodeKind.Mapping)
        {
            diagnostics.Add(new ModuleDiagnostic(options.Location, "options must be a mapping of option names"));
            return result;
        }

        foreach (var (name, keyLocation, body) in options.Entries)
        {
            var type = body.GetText("type") ?? "str";
            if (!KnownTypes.Contains(type))
            {
                diagnostics.Add(new ModuleDiagnostic(body["type"]!.Location, $"option '{name}' has the unknown type '{type}'"));
            }

            var required = body["required"]?.ToPlain() is true;
            if (required && body.ContainsKey("default"))
            {
                diagnostics.Add(new ModuleDiagnostic(keyLocation, $"option '{name}' is required and has a default; Ansible rejects that"));
            }

            result[name] = new ArgumentOption
            {
                Name = name,
                Type = type,
                Required = required,
                Default = body["default"],
                Choices = body["choices"] is { Kind: ModuleNodeKind.Sequence } choices ? choices.Items.Select(item => item.ToPlain()).ToList() : [],
                Elements = body.GetText("elements"),
                Options = ReadOptions(body["options"], diagnostics),
                Description = body["description"] is { } description
                    ? string.Join(" ", TaskFileLoader.Strings(description, splitCommas: false))
                    : null,
                Location = keyLocation,
            };
        }

        return result;
    }
}
