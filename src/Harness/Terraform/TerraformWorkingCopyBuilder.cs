using System.Collections;
using System.Globalization;
using System.Text.Json;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Terraform;

/// <summary>
/// Configures a <see cref="TerraformWorkingCopy"/>: the module, its input variables, the binary and where providers
/// come from. Start with <see cref="TerraformWorkingCopy.For"/>.
/// </summary>
public sealed class TerraformWorkingCopyBuilder
{
    private readonly List<TerraformInput> _inputs = [];
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);

    internal TerraformWorkingCopyBuilder(string moduleDirectory)
    {
        ModuleDirectory = Path.GetFullPath(moduleDirectory);
        SourceRoot = ModuleDirectory;
    }

    internal string ModuleDirectory { get; }

    internal string SourceRoot { get; private set; }

    internal TerraformBinary? Binary { get; private set; }

    internal TerraformProviderMirror? ProviderMirror { get; private set; }

    internal string? PluginCacheDirectory { get; private set; }

    internal TimeSpan CommandTimeout { get; private set; } = TimeSpan.FromMinutes(10);

    internal Action<string>? Log { get; private set; }

    internal IReadOnlyList<TerraformInput> Inputs => _inputs;

    internal IReadOnlyDictionary<string, string> Environment => _environment;

    /// <summary>
    /// Sets input variable <paramref name="name"/> (<c>-var</c>). Strings are passed as they are; numbers and bools as
    /// Terraform literals; lists, dictionaries and objects as JSON, which Terraform reads as list and object values.
    /// </summary>
    public TerraformWorkingCopyBuilder WithVariable(string name, object? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (value is SecretValue secret)
        {
            return WithVariable(name, secret);
        }

        _inputs.Add(new TerraformInput.Variable(name, Literal(value)));
        return this;
    }

    /// <summary>
    /// Sets input variable <paramref name="name"/> to a secret: written to an owner-only variables file (never on a
    /// command line, where other users can read it), and masked in everything the harness prints.
    /// </summary>
    public TerraformWorkingCopyBuilder WithVariable(string name, SecretValue value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        _inputs.Add(new TerraformInput.SecretVariable(name, value));
        return this;
    }

    /// <summary>Adds a variables file (<c>-var-file</c>); a relative path is relative to the module folder.</summary>
    /// <exception cref="FileNotFoundException">When the file does not exist.</exception>
    public TerraformWorkingCopyBuilder WithVariablesFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path, ModuleDirectory);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"Variables file '{full}' does not exist.", full);
        }

        _inputs.Add(new TerraformInput.VariablesFile(full));
        return this;
    }

    /// <summary>
    /// Copies <paramref name="root"/> (a folder containing the module) instead of the module folder alone: needed when
    /// the module calls local modules outside its own folder (<c>source = "../shared"</c>).
    /// </summary>
    /// <exception cref="ArgumentException">When the module is not inside <paramref name="root"/>.</exception>
    public TerraformWorkingCopyBuilder WithSourceRoot(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        var full = Path.GetFullPath(root);
        if (Path.GetRelativePath(full, ModuleDirectory).StartsWith("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"The module '{ModuleDirectory}' is not inside the source root '{full}'.", nameof(root));
        }

        SourceRoot = full;
        return this;
    }

    /// <summary>Uses this binary instead of the one found on the machine (<see cref="TerraformBinary.Find"/>).</summary>
    public TerraformWorkingCopyBuilder WithBinary(TerraformBinary binary)
    {
        Binary = binary ?? throw new ArgumentNullException(nameof(binary));
        return this;
    }

    /// <summary>
    /// Installs providers only from a local mirror folder (a generated CLI configuration with a
    /// <c>filesystem_mirror</c> and no <c>direct</c> installation), so <c>init</c> never needs a registry.
    /// </summary>
    /// <param name="path">The mirror folder (as <c>terraform providers mirror</c> writes it).</param>
    /// <param name="include">Provider address patterns to take from it; none for all.</param>
    public TerraformWorkingCopyBuilder WithProviderMirror(string path, params string[] include)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ProviderMirror = new TerraformProviderMirror(Path.GetFullPath(path), include);
        return this;
    }

    /// <summary>Shares unpacked providers between working copies (<c>plugin_cache_dir</c>); the folder must exist.</summary>
    public TerraformWorkingCopyBuilder WithPluginCacheDirectory(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        PluginCacheDirectory = Path.GetFullPath(path);
        return this;
    }

    /// <summary>Sets an environment variable for every command (a provider's settings, <c>TF_LOG</c> …).</summary>
    public TerraformWorkingCopyBuilder WithEnvironment(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _environment[name] = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Limits each command's run time (default 10 minutes); the command's process tree is killed after it.</summary>
    public TerraformWorkingCopyBuilder WithCommandTimeout(TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        CommandTimeout = timeout;
        return this;
    }

    /// <summary>Sends each command line and Terraform's progress messages, masked, to <paramref name="log"/> (e.g. <c>ITestOutputHelper.WriteLine</c>).</summary>
    public TerraformWorkingCopyBuilder WithLog(Action<string> log)
    {
        Log = log ?? throw new ArgumentNullException(nameof(log));
        return this;
    }

    /// <summary>Copies the module into a new owner-only temporary folder and returns the working copy.</summary>
    /// <exception cref="DirectoryNotFoundException">When the module folder does not exist.</exception>
    /// <exception cref="TerraformUnavailableException">When no binary was given and none is found.</exception>
    public TerraformWorkingCopy Create() => TerraformWorkingCopy.Create(this);

    /// <summary>A value in the syntax of a <c>-var</c> argument.</summary>
    internal static string Literal(object? value) => value switch
    {
        null => "null",
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable number when value is int or long or short or byte or uint or ulong or ushort or sbyte or double or float or decimal =>
            number.ToString(null, CultureInfo.InvariantCulture),
        JsonElement json => json.GetRawText(),
        IEnumerable or not null => JsonSerializer.Serialize(value),
    };
}
