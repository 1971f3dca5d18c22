using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using IacTest.Harness.Ansible;
using IacTest.Harness.Converge;
using IacTest.Harness.Inventory;
using IacTest.Harness.Reaping;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Drift;

/// <summary>
/// Configuration drift: the repository's playbook run by the real <c>ansible-playbook --check --diff</c> against an
/// inventory. Every task that would change a host is drift (task file:line, host, diff with secrets masked); a task
/// that cannot tell in check mode is unknown, never clean; an unreachable host is reported. Nothing on the hosts
/// changes: tasks that turn check mode off are kept in check mode (and reported as unknown). Vault-encrypted values
/// reach Ansible as they are; the harness never decrypts them. Immutable: each <c>With…</c> returns a new check.
/// </summary>
public sealed record ConfigurationDriftCheck
{
    private ConfigurationDriftCheck(string playbookPath, string inventoryPath, string repositoryRoot)
    {
        PlaybookPath = playbookPath;
        InventoryPath = inventoryPath;
        RepositoryRoot = repositoryRoot;
    }

    /// <summary>The playbook that describes the hosts (e.g. <c>site.yml</c>).</summary>
    public string PlaybookPath { get; }

    /// <summary>The inventory file or folder (INI or YAML, with its <c>group_vars/</c> and <c>host_vars/</c>).</summary>
    public string InventoryPath { get; }

    /// <summary>The folder report locations are relative to (the playbook's folder unless set).</summary>
    public string RepositoryRoot { get; private init; }

    /// <summary>The host pattern the run is limited to (<c>--limit</c>), or null for every host of the plays.</summary>
    public string? Limit { get; private init; }

    /// <summary>The vault password file handed to Ansible (<c>--vault-password-file</c>), or null.</summary>
    public string? VaultPasswordFile { get; private init; }

    /// <summary>Extra variables (<c>-e</c>); a <see cref="SecretValue"/> reaches Ansible and is masked in every output.</summary>
    public IReadOnlyDictionary<string, object?> ExtraVars { get; private init; } = new Dictionary<string, object?>();

    /// <summary>
    /// Folders searched for roles before the playbook's own <c>roles/</c> (the harness ignores <c>ansible.cfg</c>, so a
    /// <c>roles_path</c> written there is named here).
    /// </summary>
    public IReadOnlyList<string> RolesPaths { get; private init; } = [];

    /// <summary>Whether SSH host keys are checked (on unless turned off by <see cref="WithoutHostKeyChecking"/>).</summary>
    public bool HostKeyChecking { get; private init; } = true;

    /// <summary>
    /// The OpenSSH client configuration Ansible's ssh reads (<c>-F</c>, through <c>ANSIBLE_SSH_COMMON_ARGS</c>), so
    /// inventory names map to addresses, users and keys as they do for the state drift checks; an inventory's
    /// <c>ansible_host</c>, <c>ansible_port</c> and <c>ansible_user</c> still win. Default as for
    /// <see cref="Targets.SshHostOptions.SshConfigFile"/>: <c>IACTEST_SSH_CONFIG</c>, else <c>~/.ssh/config</c> (which
    /// ssh reads by itself).
    /// </summary>
    public string? SshConfigFile { get; private init; } = Targets.SshClientConfig.DefaultFile;

    /// <summary>How long the run may take before it is stopped.</summary>
    public TimeSpan Timeout { get; private init; } = TimeSpan.FromMinutes(15);

    /// <summary>Receives the run's transcript (secrets masked), e.g. an xunit <c>ITestOutputHelper.WriteLine</c>.</summary>
    public Action<string>? Output { get; private init; }

    /// <summary>
    /// A check of <paramref name="playbook"/> against <paramref name="inventory"/>. Relative paths are relative to the
    /// test project's folder. The inventory is read first, so a broken one fails here with positioned errors.
    /// </summary>
    /// <exception cref="FileNotFoundException">The playbook does not exist.</exception>
    /// <exception cref="InventoryException">The inventory is not valid.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ConfigurationDriftCheck For(string playbook, string inventory)
    {
        var assembly = Assembly.GetCallingAssembly();
        var playbookPath = ProjectRelativePath.RequireFile(playbook, assembly, "playbook");
        var inventoryPath = ProjectRelativePath.Resolve(inventory, assembly);
        AnsibleInventory.Load(inventoryPath);
        return new ConfigurationDriftCheck(playbookPath, inventoryPath, Path.GetDirectoryName(playbookPath)!);
    }

    /// <summary>Report locations relative to <paramref name="root"/> (relative paths: to the test project's folder).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public ConfigurationDriftCheck WithRepositoryRoot(string root) =>
        this with { RepositoryRoot = ProjectRelativePath.Resolve(root, Assembly.GetCallingAssembly()) };

    /// <summary>Limits the run to the hosts of a pattern (<c>webservers:&amp;production</c>).</summary>
    public ConfigurationDriftCheck WithLimit(string pattern) => this with { Limit = pattern };

    /// <summary>Hands Ansible a vault password file to decrypt vaulted values itself.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public ConfigurationDriftCheck WithVaultPasswordFile(string path) =>
        this with { VaultPasswordFile = ProjectRelativePath.Resolve(path, Assembly.GetCallingAssembly()) };

    /// <summary>Sets one extra variable.</summary>
    public ConfigurationDriftCheck WithVariable(string name, object? value) =>
        this with { ExtraVars = new Dictionary<string, object?>(ExtraVars, StringComparer.Ordinal) { [name] = value } };

    /// <summary>Searches <paramref name="directory"/> for roles (relative paths: to the test project's folder).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public ConfigurationDriftCheck WithRolesPath(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return this with { RolesPaths = [.. RolesPaths, ProjectRelativePath.Resolve(directory, Assembly.GetCallingAssembly())] };
    }

    /// <summary>Makes Ansible's ssh read <paramref name="path"/> as its client configuration (relative paths: to the test project's folder); null for the default.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public ConfigurationDriftCheck WithSshConfigFile(string? path) =>
        this with { SshConfigFile = path is null ? Targets.SshClientConfig.DefaultFile : ProjectRelativePath.Resolve(path, Assembly.GetCallingAssembly()) };

    /// <summary>Turns SSH host key checking off, by name, for throw-away hosts whose keys change on every start.</summary>
    public ConfigurationDriftCheck WithoutHostKeyChecking() => this with { HostKeyChecking = false };

    /// <summary>The time limit of the run.</summary>
    public ConfigurationDriftCheck WithTimeout(TimeSpan timeout) => this with { Timeout = timeout };

    /// <summary>Where the transcript goes.</summary>
    public ConfigurationDriftCheck WithOutput(Action<string> output) => this with { Output = output };

    /// <summary>Runs the playbook in check mode with diff and reports what it found.</summary>
    /// <exception cref="ConfigurationDriftException">Ansible stopped before any task, with its reason.</exception>
    public async Task<DriftReport> RunAsync(CancellationToken cancellationToken = default)
    {
        var inventory = AnsibleInventory.Load(InventoryPath);
        Reaper.ReapFoldersOnce();
        using var workspace = new TempWorkspace("drift");
        var callbacks = Directory.CreateDirectory(workspace.PathOf("callbacks")).FullName;
        await File.WriteAllTextAsync(Path.Combine(callbacks, ConfigurationCheckModeGuard.Name + ".py"), ConfigurationCheckModeGuard.Source, cancellationToken).ConfigureAwait(false);
        var forcedList = workspace.PathOf("forced-check-mode.jsonl");
        // Secret values are written as themselves only here: a file of this process's private folder, never argv.
        var extraVars = await workspace.WriteFileAsync("extra-vars.json", JsonSerializer.Serialize(ExtraVars, RevealingJson.Options), cancellationToken).ConfigureAwait(false);

        List<string> arguments = ["-i", InventoryPath, "-e", "@" + extraVars, "--check", "--diff"];
        if (Limit is not null)
        {
            arguments.AddRange(["--limit", Limit]);
        }

        if (VaultPasswordFile is not null)
        {
            arguments.AddRange(["--vault-password-file", VaultPasswordFile]);
        }

        arguments.Add(PlaybookPath);
        var environment = AnsibleProcessEnvironment.Create(workspace.Root);
        environment["ANSIBLE_CALLBACK_PLUGINS"] = callbacks;
        environment["ANSIBLE_CALLBACKS_ENABLED"] = ConfigurationCheckModeGuard.Name;
        environment[ConfigurationCheckModeGuard.ListFileVariable] = forcedList;
        environment["ANSIBLE_HOST_KEY_CHECKING"] = HostKeyChecking ? "1" : "0";
        if (Targets.SshClientConfig.CommandLineArgument(SshConfigFile) is { } sshConfig)
        {
            environment["ANSIBLE_SSH_COMMON_ARGS"] = sshConfig;
        }

        IEnumerable<string> rolesPath = [.. RolesPaths, Path.Combine(Path.GetDirectoryName(PlaybookPath)!, "roles"), .. Modules.IacModules.RoleSearchPaths];
        environment["ANSIBLE_ROLES_PATH"] = string.Join(Path.PathSeparator, rolesPath.Distinct(StringComparer.Ordinal));

        var commandLine = $"{AnsibleTools.AnsiblePlaybook} {string.Join(' ', arguments)}";
        var process = await ProcessRunner.RunAsync(AnsibleTools.AnsiblePlaybook, arguments, workspace.Root, environment, Timeout, cancellationToken).ConfigureAwait(false);
        var stdout = SecretMasker.Shared.Mask(process.Stdout);
        var stderr = SecretMasker.Shared.Mask(process.Stderr);
        Output?.Invoke($"$ {commandLine}\n{stdout}{(stderr.Length > 0 ? "--- stderr ---\n" + stderr : string.Empty)}(exit code {process.ExitCode})");
        if (AnsibleJsonReport.Parse(stdout) is not { } parsed)
        {
            throw new ConfigurationDriftException(
                $"ansible-playbook stopped before running any task (exit code {process.ExitCode}): {FirstError(stderr, stdout)}",
                commandLine,
                process.ExitCode);
        }

        var forced = File.Exists(forcedList)
            ? File.ReadLines(forcedList).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("path").GetString() ?? string.Empty).ToHashSet(StringComparer.Ordinal)
            : [];
        var entries = ConfigurationOutcomes.ToEntries(parsed.Tasks, forced, RepositoryRoot, host =>
            inventory.Host(host) is { } known ? ReportLocation.Relative(RepositoryRoot, known.Location.File, known.Location.Line) : null);
        var hosts = inventory.Hosts.Select(host => host.Name).Where(parsed.Recap.ContainsKey).Concat(parsed.Recap.Keys);
        return new DriftReport(RepositoryRoot, hosts, entries);
    }

    private static string FirstError(string stderr, string stdout)
    {
        var text = stderr.Length > 0 ? stderr : stdout;
        var error = text.Split('\n').SkipWhile(line => !line.StartsWith("ERROR!", StringComparison.Ordinal)).Take(6).ToList();
        return (error.Count > 0 ? string.Join('\n', error) : text.Trim()).Trim();
    }
}
