using System.Text.Json;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Families.Terraform.Model;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>
/// The modules a file calls can be loaded, as tflint loads them before it runs any rule (its <c>call_module_type</c>):
/// a local call's folder exists and, when remote calls are called too, each remote call was installed by
/// <c>terraform init</c>. tflint stops with these errors; here each is a finding at the call.
/// </summary>
internal sealed class ModuleCallRule : TerraformRule
{
    /// <summary>The option <c>.tflint.hcl</c>'s <c>config { call_module_type }</c> sets: <c>all</c>, <c>local</c> or <c>none</c>.</summary>
    public const string CallModuleTypeOption = "call_module_type";

    /// <summary>The values of <see cref="CallModuleTypeOption"/>, as tflint names them.</summary>
    public static readonly IReadOnlyList<string> CallModuleTypes = ["all", "local", "none"];

    /// <inheritdoc />
    public override string Code => "IAC0722";

    /// <inheritdoc />
    public override string Name => "terraform-module-call";

    /// <inheritdoc />
    public override string Title => "Called modules can be loaded, as tflint loads them";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Error;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "correctness"];

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new(CallModuleTypeOption, RuleOptionType.String, "local",
            "Which `module` calls are loaded: `local` (sources `./…`, `../…`, tflint's default), `all` (remote sources too, "
            + "from what `terraform init` installed under `.terraform/modules`) or `none`. Set by `config { call_module_type }` "
            + "of `.tflint.hcl`.")
        {
            AllowedValues = CallModuleTypes,
        },
    ];

    /// <inheritdoc />
    public override string Description =>
        "tflint loads the modules a configuration calls before it lints (`call_module_type`, `local` by default) and "
        + "stops when one cannot be loaded. A local call (`source = \"./modules/network\"`) whose folder does not exist is "
        + "reported at `module \"name\"` with tflint's error: `\"network\" module is not found; The module directory "
        + "\"modules/network\" does not exist or cannot be read.`. With `call_module_type = \"all\"`, a remote call "
        + "(registry, Git, HTTP) must have been installed by `terraform init`: one missing from "
        + "`.terraform/modules/modules.json` (or `$TF_DATA_DIR/modules/modules.json`) beside the calling module is "
        + "`\"vpc\" module is not found. Did you run \"terraform init\"?`, because modules cannot be downloaded while "
        + "linting. With `none`, no call is loaded and nothing is reported. The calling module's folder is the root, as "
        + "when tflint runs in it. tflint's Terraform rules ignore called modules' own content, so loading a module adds "
        + "no other finding. IacTest's own rule (tflint reports these as errors, not as a rule's issues).";

    /// <inheritdoc />
    public override string BadExample => "module \"network\" {\n  source = \"./modules/missing-network\"\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "module \"network\" {\n  source  = \"terraform-aws-modules/vpc/aws\"\n  version = \"5.8.1\"\n}\n";

    /// <inheritdoc />
    protected override void Check(RuleContext context, HclFile file)
    {
        var type = context.Options.String(CallModuleTypeOption) ?? "local";
        if (type == "none" || ModuleFolder(context.File.Path) is not { } folder)
        {
            return;
        }

        InstalledModules? installed = null;
        foreach (var block in file.Body.BlocksOfType("module").Where(b => b.Labels.Count == 1))
        {
            var name = block.Labels[0].Value;
            if (ExpressionValues.AsString(block.Body.Attribute("source")?.Expression) is not { Length: > 0 } source)
            {
                // tflint skips a call without a literal source rather than guess where it points.
                continue;
            }

            if (IsLocal(source))
            {
                var called = Path.GetFullPath(Path.Combine(folder, source));
                context.AddRead(new FolderRead(called, ".tf|.tf.json"));
                if (!Directory.Exists(called))
                {
                    var shown = Path.GetRelativePath(folder, called).Replace('\\', '/');
                    Report(context, DefinitionRange(context, block), $"\"{name}\" module is not found; The module directory \"{shown}\" does not exist or cannot be read.");
                }

                continue;
            }

            if (type != "all")
            {
                continue;
            }

            installed ??= InstalledModules.Read(folder, context);
            if (!installed.Directories.TryGetValue(name, out var directory))
            {
                Report(context, DefinitionRange(context, block), $"\"{name}\" module is not found. Did you run \"terraform init\"?");
            }
            else if (!Directory.Exists(Path.GetFullPath(Path.Combine(folder, directory))))
            {
                Report(context, DefinitionRange(context, block), $"Failed to read module directory; Module directory {directory} does not exist or cannot be read.");
            }
        }
    }

    // Terraform's local sources: a relative path, written with ./ or ../ (a Windows separator counts too).
    private static bool IsLocal(string source) =>
        source.StartsWith("./", StringComparison.Ordinal) || source.StartsWith("../", StringComparison.Ordinal)
        || source.StartsWith(".\\", StringComparison.Ordinal) || source.StartsWith("..\\", StringComparison.Ordinal);

    // The calling module's folder; null for text under a name that is no path (an editor buffer).
    private static string? ModuleFolder(string path)
    {
        try
        {
            return Path.GetDirectoryName(Path.GetFullPath(path));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    /// <summary>The module calls <c>terraform init</c> installed for a root module: its manifest, keyed by call name.</summary>
    private sealed class InstalledModules
    {
        private InstalledModules(Dictionary<string, string> directories) => Directories = directories;

        public Dictionary<string, string> Directories { get; }

        public static InstalledModules Read(string folder, RuleContext context)
        {
            // Where Terraform keeps its working data: TF_DATA_DIR, else .terraform, relative to the root module.
            var dataDirectory = Environment.GetEnvironmentVariable("TF_DATA_DIR") is { Length: > 0 } named ? named : ".terraform";
            var modulesFolder = Path.GetFullPath(Path.Combine(folder, dataDirectory, "modules"));
            context.AddRead(new FolderRead(modulesFolder, "modules.json"));
            var directories = new Dictionary<string, string>(StringComparer.Ordinal);
            try
            {
                using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(modulesFolder, "modules.json")));
                if (manifest.RootElement.ValueKind == JsonValueKind.Object
                    && manifest.RootElement.TryGetProperty("Modules", out var modules) && modules.ValueKind == JsonValueKind.Array)
                {
                    foreach (var module in modules.EnumerateArray())
                    {
                        if (module.ValueKind == JsonValueKind.Object
                            && module.TryGetProperty("Key", out var key) && key.ValueKind == JsonValueKind.String
                            && module.TryGetProperty("Dir", out var dir) && dir.ValueKind == JsonValueKind.String)
                        {
                            directories[key.GetString()!] = dir.GetString()!;
                        }
                    }
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
            {
                // No manifest, or one Terraform did not write: nothing is installed, as tflint reads it.
            }

            return new InstalledModules(directories);
        }
    }
}
