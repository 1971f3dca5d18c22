using System.Globalization;
using System.Text.Json;
using IacTest.Harness.Reaping;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Terraform;

/// <summary>
/// A throw-away copy of a Terraform module, in an owner-only temporary folder that the reaper removes if the test
/// host dies, on which a test runs Terratest's loop: <see cref="InitAsync"/>, <see cref="ValidateAsync"/>,
/// <see cref="PlanAsync"/>, <see cref="ApplyAsync(CancellationToken)"/>, <see cref="OutputsAsync"/>,
/// <see cref="DestroyAsync"/> and <see cref="TestAsync"/>. Once an apply has been attempted, disposing destroys
/// whatever it created — also when the apply or an assertion failed — and then deletes the copy.
/// Commands of one copy run one at a time; the copy is not meant to be shared between threads.
/// </summary>
/// <example>
/// <code>
/// await TerraformWorkingCopy.For("modules/web").WithVariable("name", "web").Create().RunAsync(async copy =>
/// {
///     var plan = await copy.PlanAsync();
///     plan.Resource("terraform_data.site").AfterValue("input.name").GetString().ShouldBe("web");
///     var outputs = await copy.ApplyAsync();
///     outputs["url"].GetString().ShouldStartWith("https://");
/// });
/// </code>
/// </example>
public sealed class TerraformWorkingCopy : IAsyncDisposable
{
    private const string StateFile = "terraform.tfstate";
    private const string SecretVariablesLabel = "(secret variables)";
    private static readonly string[] Skipped = [".terraform", ".git", StateFile, StateFile + ".backup", ".terraform.tfstate.lock.info"];

    private readonly TerraformWorkingCopyBuilder _options;
    private readonly TerraformCommandRunner _runner;
    private readonly string? _secretVariablesFile;
    private readonly List<TerraformInput.Variable> _laterVariables = [];
    private bool _initialized;
    private bool _applyAttempted;
    private bool _disposed;
    private int _plans;

    private TerraformWorkingCopy(TerraformWorkingCopyBuilder options, TerraformBinary binary, string root)
    {
        _options = options;
        Binary = binary;
        Root = root;
        var copy = Path.Combine(root, "src");
        CopyTree(options.SourceRoot, copy);
        Directory = Path.Combine(copy, Path.GetRelativePath(options.SourceRoot, options.ModuleDirectory));
        var cliConfig = Path.Combine(root, "terraform.rc");
        OwnedTempFolders.WriteOwnerOnly(cliConfig, TerraformCliConfig.Render(options.ProviderMirror, options.PluginCacheDirectory));
        var secrets = options.Inputs.OfType<TerraformInput.SecretVariable>().ToList();
        if (secrets.Count > 0)
        {
            // Owner-only and outside the module folder, so Terraform reads it only where the harness passes it.
            _secretVariablesFile = Path.Combine(root, "secrets.tfvars.json");
            OwnedTempFolders.WriteOwnerOnly(_secretVariablesFile, JsonSerializer.Serialize(secrets.ToDictionary(s => s.Name, s => s.Value.Reveal())));
        }

        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Plain, non-interactive, offline-friendly output; no upgrade check against checkpoint.hashicorp.com.
            ["TF_IN_AUTOMATION"] = "1",
            ["TF_INPUT"] = "0",
            ["CHECKPOINT_DISABLE"] = "1",
            ["TF_CLI_CONFIG_FILE"] = cliConfig,
            // Arguments from the user's shell would change every command's meaning.
            ["TF_CLI_ARGS"] = string.Empty,
        };
        foreach (var (name, value) in options.Environment)
        {
            environment[name] = value;
        }

        _runner = new TerraformCommandRunner(binary, Directory, environment, options.CommandTimeout, MapPath, options.Log);
    }

    /// <summary>The binary the commands run.</summary>
    public TerraformBinary Binary { get; }

    /// <summary>The module folder inside the copy, where every command runs.</summary>
    public string Directory { get; }

    /// <summary>The module folder the copy was made from (diagnostics point there).</summary>
    public string SourceDirectory => _options.ModuleDirectory;

    /// <summary>
    /// The state read right after the last <see cref="DestroyAsync"/> (empty when the destroy removed everything), or
    /// null when nothing was destroyed.
    /// </summary>
    public TerraformState? StateAfterDestroy { get; private set; }

    private string Root { get; }

    /// <summary>Starts configuring a working copy of the module in <paramref name="moduleDirectory"/>.</summary>
    public static TerraformWorkingCopyBuilder For(string moduleDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(moduleDirectory);
        return new TerraformWorkingCopyBuilder(moduleDirectory);
    }

    /// <summary>
    /// Sets input variable <paramref name="name"/> for the commands that follow, over the value the copy was created
    /// with (for "apply, change an input, plan again" tests). Values are written as in
    /// <see cref="TerraformWorkingCopyBuilder.WithVariable(string, object?)"/>.
    /// </summary>
    public TerraformWorkingCopy SetVariable(string name, object? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (value is SecretValue)
        {
            throw new ArgumentException("A secret variable is given when the copy is created (WithVariable), so it is only ever written to its owner-only file.", nameof(value));
        }

        _laterVariables.Add(new TerraformInput.Variable(name, TerraformWorkingCopyBuilder.Literal(value)));
        return this;
    }

    /// <summary>Runs <c>terraform init</c> (done by the other commands when not yet done).</summary>
    /// <exception cref="TerraformException">When init fails (a provider that cannot be installed, a bad module source …).</exception>
    public async Task InitAsync(CancellationToken ct = default)
    {
        // `init -json` came with Terraform 1.9; elsewhere init prints text, which the failure message then carries.
        var json = !Binary.IsOpenTofu && System.Version.TryParse(Binary.Version.Split('-')[0], out var version) && version >= new Version(1, 9);
        var output = await RunAsync("init", json ? ["-input=false", "-no-color", "-json"] : ["-input=false", "-no-color"], TerraformCommandRunner.OutputForm.Stream, ct).ConfigureAwait(false);
        Ensure(output);
        _initialized = true;
    }

    /// <summary>Runs <c>terraform validate</c>; returns its warnings.</summary>
    /// <exception cref="TerraformException">When the module is invalid: each error at its file:line:column.</exception>
    public async Task<IReadOnlyList<TerraformDiagnostic>> ValidateAsync(CancellationToken ct = default)
    {
        await EnsureInitializedAsync(ct).ConfigureAwait(false);
        var output = await RunAsync("validate", ["-json", "-no-color"], TerraformCommandRunner.OutputForm.ValidateDocument, ct).ConfigureAwait(false);
        Ensure(output);
        return output.Diagnostics;
    }

    /// <summary>Runs <c>terraform plan</c> with the inputs, saves the plan and reads it back as a typed object.</summary>
    /// <exception cref="TerraformException">When planning fails, e.g. a failed variable validation, at its position.</exception>
    public async Task<TerraformPlan> PlanAsync(CancellationToken ct = default)
    {
        await EnsureInitializedAsync(ct).ConfigureAwait(false);
        var planFile = Path.Combine(Root, $"plan-{(++_plans).ToString(CultureInfo.InvariantCulture)}.tfplan");
        Ensure(await RunAsync("plan", ["-input=false", "-no-color", "-json", "-out=" + planFile, .. InputArguments()], TerraformCommandRunner.OutputForm.Stream, ct).ConfigureAwait(false));
        var show = await RunAsync("show", ["-json", "-no-color", planFile], TerraformCommandRunner.OutputForm.Document, ct).ConfigureAwait(false);
        Ensure(show);
        using var document = ParseDocument(show);
        return new TerraformPlan(document.RootElement, planFile);
    }

    /// <summary>Runs <c>terraform apply</c> with the inputs and returns the outputs.</summary>
    /// <exception cref="TerraformException">When apply fails; what it created is still destroyed on dispose.</exception>
    public async Task<TerraformOutputs> ApplyAsync(CancellationToken ct = default)
    {
        await EnsureInitializedAsync(ct).ConfigureAwait(false);
        _applyAttempted = true;
        Ensure(await RunAsync("apply", ["-input=false", "-no-color", "-json", "-auto-approve", .. InputArguments()], TerraformCommandRunner.OutputForm.Stream, ct).ConfigureAwait(false));
        return await OutputsAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Applies a plan made by <see cref="PlanAsync"/> exactly as planned, and returns the outputs.</summary>
    /// <exception cref="TerraformException">When apply fails (or the plan is stale); what it created is still destroyed on dispose.</exception>
    public async Task<TerraformOutputs> ApplyAsync(TerraformPlan plan, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        await EnsureInitializedAsync(ct).ConfigureAwait(false);
        _applyAttempted = true;
        Ensure(await RunAsync("apply", ["-input=false", "-no-color", "-json", plan.PlanFile], TerraformCommandRunner.OutputForm.Stream, ct).ConfigureAwait(false));
        return await OutputsAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Reads the outputs of the state (<c>terraform output -json</c>); sensitive ones are registered for masking.</summary>
    /// <exception cref="TerraformException">When the outputs cannot be read.</exception>
    public async Task<TerraformOutputs> OutputsAsync(CancellationToken ct = default)
    {
        var output = await RunAsync("output", ["-json", "-no-color"], TerraformCommandRunner.OutputForm.Document, ct).ConfigureAwait(false);
        Ensure(output);
        using var document = ParseDocument(output);
        return TerraformOutputs.Read(document.RootElement);
    }

    /// <summary>Reads what the state holds now (<c>terraform show -json</c>).</summary>
    /// <exception cref="TerraformException">When the state cannot be read.</exception>
    public async Task<TerraformState> StateAsync(CancellationToken ct = default)
    {
        var output = await RunAsync("show", ["-json", "-no-color"], TerraformCommandRunner.OutputForm.Document, ct).ConfigureAwait(false);
        Ensure(output);
        using var document = ParseDocument(output);
        return new TerraformState(document.RootElement);
    }

    /// <summary>
    /// Runs <c>terraform destroy</c> with the inputs, then reads the state back and fails unless it is empty; the state
    /// read is kept in <see cref="StateAfterDestroy"/>.
    /// </summary>
    /// <exception cref="TerraformException">When destroy fails or leaves resources in the state (named in the message).</exception>
    public async Task<TerraformState> DestroyAsync(CancellationToken ct = default)
    {
        await EnsureInitializedAsync(ct).ConfigureAwait(false);
        Ensure(await RunAsync("destroy", ["-input=false", "-no-color", "-json", "-auto-approve", .. InputArguments()], TerraformCommandRunner.OutputForm.Stream, ct).ConfigureAwait(false));
        var state = await StateAsync(ct).ConfigureAwait(false);
        StateAfterDestroy = state;
        if (!state.IsEmpty)
        {
            throw new TerraformException("destroy", 0, [], $"The state still holds {state.ResourceAddresses.Count} resource(s) after destroy:\n{state}");
        }

        _applyAttempted = false;
        return state;
    }

    /// <summary>
    /// Runs <c>terraform test</c> with the inputs and returns the outcome of each run block. A failing test is a
    /// result, not an exception: assert on it or call <see cref="TerraformTestResult.EnsurePassed"/>.
    /// </summary>
    /// <param name="testDirectory">The folder of the test files, relative to the module (Terraform's default: <c>tests</c> and the module folder).</param>
    /// <param name="filters">Test files to run (<c>-filter</c>), relative to the module; none for all.</param>
    /// <param name="ct">Cancels the run (the process tree is killed).</param>
    /// <exception cref="TerraformException">When init fails.</exception>
    public async Task<TerraformTestResult> TestAsync(string? testDirectory = null, IReadOnlyList<string>? filters = null, CancellationToken ct = default)
    {
        await EnsureInitializedAsync(ct).ConfigureAwait(false);
        var arguments = new List<string> { "-no-color", "-json" };
        if (testDirectory is not null)
        {
            arguments.Add("-test-directory=" + testDirectory);
        }

        arguments.AddRange((filters ?? []).Select(f => "-filter=" + f));
        arguments.AddRange(InputArguments());
        var output = await RunAsync("test", arguments, TerraformCommandRunner.OutputForm.Stream, ct).ConfigureAwait(false);
        return new TerraformTestResult(output.ExitCode, output.Messages, MapPath, output.OtherOutput);
    }

    /// <summary>
    /// Runs <paramref name="body"/> on this copy, then always destroys and deletes it. When both the body and the
    /// destroy fail, both failures are reported (an <see cref="AggregateException"/>, the body's first).
    /// </summary>
    public async Task RunAsync(Func<TerraformWorkingCopy, Task> body, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        Exception? failure = null;
        try
        {
            await body(this).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            failure = e;
        }

        try
        {
            await TearDownAsync(ct).ConfigureAwait(false);
        }
        catch (Exception teardown) when (failure is not null)
        {
            throw new AggregateException("The test failed, and destroying what it created failed too.", failure, teardown);
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }

    /// <summary>Destroys what an apply created (if one was attempted), then deletes the copy.</summary>
    /// <exception cref="TerraformException">When destroy fails; the state is then kept in an owner-only file named in the message.</exception>
    public async ValueTask DisposeAsync() => await TearDownAsync(CancellationToken.None).ConfigureAwait(false);

    internal static TerraformWorkingCopy Create(TerraformWorkingCopyBuilder options)
    {
        if (!System.IO.Directory.Exists(options.ModuleDirectory))
        {
            throw new DirectoryNotFoundException($"The module folder '{options.ModuleDirectory}' does not exist.");
        }

        var binary = options.Binary ?? TerraformBinary.Find();
        Reaper.ReapFoldersOnce();
        var root = OwnedTempFolders.Create("terraform");
        try
        {
            return new TerraformWorkingCopy(options, binary, root);
        }
        catch
        {
            OwnedTempFolders.Remove(root);
            throw;
        }
    }

    private async Task TearDownAsync(CancellationToken ct)
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            // An apply stopped before creating anything (a failed variable validation) leaves nothing to destroy, and
            // destroying with the same invalid inputs would only fail again.
            if (_applyAttempted && !(await StateAsync(ct).ConfigureAwait(false)).IsEmpty)
            {
                await DestroyAsync(ct).ConfigureAwait(false);
            }
        }
        catch (TerraformException e)
        {
            var kept = KeepState();
            throw new TerraformException(e.Command, e.ExitCode, e.Diagnostics,
                kept is null ? "No local state was left to keep." : $"The state is kept in '{kept}' to clean up by hand.");
        }
        finally
        {
            _disposed = true;
            OwnedTempFolders.Remove(Root);
        }
    }

    // Without the state nobody knows what is left to clean up; a copy outside the reaped folder survives the run.
    private string? KeepState()
    {
        var state = Path.Combine(Directory, StateFile);
        if (!File.Exists(state))
        {
            return null;
        }

        var kept = Path.Combine(Path.GetTempPath(), $"iactest-kept-terraform-{HarnessSession.Id}-{Guid.NewGuid().ToString("N")[..8]}.tfstate");
        OwnedTempFolders.WriteOwnerOnly(kept, File.ReadAllText(state));
        return kept;
    }

    private async Task EnsureInitializedAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_initialized)
        {
            await InitAsync(ct).ConfigureAwait(false);
        }
    }

    private Task<TerraformCommandOutput> RunAsync(string command, IReadOnlyList<string> arguments, TerraformCommandRunner.OutputForm form, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _runner.RunAsync(command, arguments, form, ct);
    }

    private IEnumerable<string> InputArguments()
    {
        var secretsPassed = false;
        foreach (var input in _options.Inputs.Concat(_laterVariables))
        {
            switch (input)
            {
                case TerraformInput.Variable variable:
                    yield return $"-var={variable.Name}={variable.Text}";
                    break;
                case TerraformInput.VariablesFile file:
                    yield return "-var-file=" + file.Path;
                    break;
                case TerraformInput.SecretVariable when !secretsPassed:
                    // One file holds every secret, passed where the first was given (later inputs still win over it).
                    secretsPassed = true;
                    yield return "-var-file=" + _secretVariablesFile;
                    break;
            }
        }
    }

    private static void Ensure(TerraformCommandOutput output)
    {
        if (!output.Succeeded)
        {
            throw output.ToException();
        }
    }

    private static JsonDocument ParseDocument(TerraformCommandOutput output)
    {
        try
        {
            return JsonDocument.Parse(output.Stdout);
        }
        catch (JsonException e)
        {
            throw new TerraformException(output.Command, output.ExitCode, [], $"Its output is not the JSON expected ({e.Message}):\n{SecretMasker.Shared.Mask(output.Stdout)}");
        }
    }

    /// <summary>A file name as Terraform printed it (relative to the module copy, or absolute) as the user's path.</summary>
    private string MapPath(string file)
    {
        if (file.Length == 0)
        {
            return file;
        }

        var full = Path.GetFullPath(file, Directory);
        if (_secretVariablesFile is not null && string.Equals(full, _secretVariablesFile, StringComparison.Ordinal))
        {
            return SecretVariablesLabel;
        }

        var copy = Path.Combine(Root, "src");
        var relative = Path.GetRelativePath(copy, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? full
            : Path.Combine(_options.SourceRoot, relative);
    }

    private static void CopyTree(string source, string destination)
    {
        System.IO.Directory.CreateDirectory(destination);
        foreach (var entry in new DirectoryInfo(source).EnumerateFileSystemInfos())
        {
            if (Skipped.Contains(entry.Name, StringComparer.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(destination, entry.Name);
            if (entry is DirectoryInfo folder)
            {
                CopyTree(folder.FullName, target);
            }
            else
            {
                File.Copy(entry.FullName, target);
            }
        }
    }
}
