using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using IacTest.Harness.Progress;
using IacTest.Harness.Ansible;
using IacTest.Harness.Environments;
using IacTest.Harness.Modules;
using IacTest.Harness.Reaping;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Converge;

/// <summary>
/// A run of the real <c>ansible-playbook</c> against hosts (usually containers): a role (wrapped in a one-play
/// playbook, as Molecule's default converge does) or a playbook, with extra vars, tags, check and diff mode.
/// Immutable: each <c>With…</c> returns a new run, so one definition can converge and then check idempotence.
/// </summary>
public sealed record AnsiblePlaybookRun
{
    /// <summary>Tags whose tasks the idempotence check leaves out (the harness's own and Molecule's).</summary>
    public static readonly IReadOnlyList<string> IdempotenceSkipTags = ["iactest-idempotence-skip", "molecule-idempotence-notest"];

    private AnsiblePlaybookRun()
    {
    }

    /// <summary>The playbook to run, or null when <see cref="RolePath"/> is set.</summary>
    public string? PlaybookPath { get; private init; }

    /// <summary>The role folder to apply, or null when <see cref="PlaybookPath"/> is set.</summary>
    public string? RolePath { get; private init; }

    /// <summary>The inventory.</summary>
    public IReadOnlyList<AnsibleHost> Hosts { get; private init; } = [];

    /// <summary>
    /// Folders searched for roles before the default one (a playbook's <c>roles/</c> folder, or the folder holding the
    /// role under test). The harness ignores <c>ansible.cfg</c>, so a layout with playbooks in their own folder names
    /// its roles folder here.
    /// </summary>
    public IReadOnlyList<string> RolesPaths { get; private init; } = [];

    /// <summary>
    /// Galaxy names mapped to local role folders (<c>geerlingguy.nginx</c> → <c>roles/nginx</c>): a playbook or a
    /// dependency naming the role by its Galaxy name finds the folder, with nothing downloaded.
    /// </summary>
    public IReadOnlyDictionary<string, string> RoleAliases { get; private init; } = new Dictionary<string, string>();

    /// <summary>A <c>requirements.yml</c> whose roles must all be available locally before the run starts.</summary>
    public string? RequirementsFile { get; private init; }

    /// <summary>
    /// The Galaxy server missing roles are downloaded from when it answers (null: <c>ANSIBLE_GALAXY_SERVER</c>, else
    /// <c>https://galaxy.ansible.com</c>).
    /// </summary>
    public string? GalaxyServer { get; private init; }

    /// <summary>Extra variables (<c>-e</c>, the highest precedence).</summary>
    public IReadOnlyDictionary<string, object?> ExtraVars { get; private init; } = new Dictionary<string, object?>();

    /// <summary>Only tasks with these tags run (<c>--tags</c>).</summary>
    public IReadOnlyList<string> Tags { get; private init; } = [];

    /// <summary>Tasks with these tags do not run (<c>--skip-tags</c>).</summary>
    public IReadOnlyList<string> SkipTags { get; private init; } = [];

    /// <summary>Check mode (<c>--check</c>): report what would change without changing it.</summary>
    public bool Check { get; private init; }

    /// <summary>Diff mode (<c>--diff</c>): results carry before/after diffs.</summary>
    public bool Diff { get; private init; }

    /// <summary>For a role: whether the wrapping play gathers facts (default true, as most roles need them).</summary>
    public bool GatherFacts { get; private init; } = true;

    /// <summary>For a role: whether the wrapping play sets <c>become: true</c>.</summary>
    public bool Become { get; private init; }

    /// <summary>How long the run may take before it is killed.</summary>
    public TimeSpan Timeout { get; private init; } = TimeSpan.FromMinutes(10);

    /// <summary>What live progress lines call this run (<c>converge</c>, <c>idempotence</c>, <c>verify</c>).</summary>
    internal string ProgressStep { get; init; } = "converge";

    /// <summary>Receives the transcript of every run (e.g. an xunit <c>ITestOutputHelper.WriteLine</c>).</summary>
    public Action<string>? Output { get; private init; }

    /// <summary>
    /// Applies the role in <paramref name="roleDirectory"/> to every host. A relative path is relative to the test
    /// project's folder (see <see cref="Discovery.ProjectFiles"/>), not to the working directory.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist (thrown here, before any host is used).</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static AnsiblePlaybookRun Role(string roleDirectory) =>
        new() { RolePath = ProjectRelativePath.RequireDirectory(roleDirectory, Assembly.GetCallingAssembly(), "role folder") };

    /// <summary>
    /// Runs the playbook <paramref name="playbookPath"/>. A relative path is relative to the test project's folder.
    /// </summary>
    /// <exception cref="FileNotFoundException">The playbook does not exist (thrown here, before any host is used).</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static AnsiblePlaybookRun Playbook(string playbookPath) =>
        new() { PlaybookPath = ProjectRelativePath.RequireFile(playbookPath, Assembly.GetCallingAssembly(), "playbook") };

    /// <summary>Adds a host to the inventory.</summary>
    public AnsiblePlaybookRun WithHost(AnsibleHost host) => this with { Hosts = [.. Hosts, host] };

    /// <summary>
    /// Adds a target host to the inventory, reached as the harness reaches it: a container with <c>docker</c>, an SSH
    /// host with <c>ssh</c> (its key file or agent, known_hosts, jump host and become), the local machine with <c>local</c>.
    /// </summary>
    public AnsiblePlaybookRun WithTarget(Targets.ITargetHost target, string inventoryName = "instance") => WithHost(AnsibleTargetHost.For(target, inventoryName));

    /// <summary>Adds a running container (name or id) to the inventory, named <paramref name="inventoryName"/>.</summary>
    public AnsiblePlaybookRun WithContainer(string container, string? inventoryName = null) => WithHost(AnsibleHost.Container(container, inventoryName));

    /// <summary>
    /// Searches <paramref name="directory"/> for roles (before the default folder), e.g. the repository's <c>roles/</c>.
    /// A relative path is relative to the test project's folder.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public AnsiblePlaybookRun WithRolesPath(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return this with { RolesPaths = [.. RolesPaths, ProjectRelativePath.Resolve(directory, Assembly.GetCallingAssembly())] };
    }

    /// <summary>
    /// Maps the Galaxy name <paramref name="galaxyName"/> (<c>geerlingguy.nginx</c>) to the role in
    /// <paramref name="roleDirectory"/> (relative to the test project's folder), as <c>ansible-galaxy install</c> would
    /// have installed it: a role's own <c>converge.yml</c> or <c>dependencies</c> naming it run unchanged.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public AnsiblePlaybookRun WithRoleAlias(string galaxyName, string roleDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(galaxyName);
        var folder = ProjectRelativePath.RequireDirectory(roleDirectory, Assembly.GetCallingAssembly(), "role folder");
        return this with { RoleAliases = new Dictionary<string, string>(RoleAliases, StringComparer.Ordinal) { [galaxyName] = folder } };
    }

    /// <summary>
    /// Requires every role of <paramref name="requirementsFile"/> (Galaxy's <c>requirements.yml</c>) to be available
    /// locally (on the roles path, by Galaxy name or alias); a missing one fails before the run, by name.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public AnsiblePlaybookRun WithRequirements(string requirementsFile) =>
        this with { RequirementsFile = ProjectRelativePath.RequireFile(requirementsFile, Assembly.GetCallingAssembly(), "requirements file") };

    /// <summary>
    /// Downloads roles missing locally from <paramref name="server"/> (a Galaxy or a private Galaxy-compatible server)
    /// when it answers; when it does not, the run fails naming each missing role and the server.
    /// </summary>
    public AnsiblePlaybookRun WithGalaxyServer(string server)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(server);
        return this with { GalaxyServer = server };
    }

    /// <summary>
    /// Sets one extra variable (a plain .NET value: string, number, bool, list, dictionary). A <see cref="SecretValue"/>
    /// (alone or inside a list or dictionary) reaches Ansible as its value and is masked in everything the run prints.
    /// </summary>
    public AnsiblePlaybookRun WithVariable(string name, object? value) =>
        this with { ExtraVars = new Dictionary<string, object?>(ExtraVars, StringComparer.Ordinal) { [name] = value } };

    /// <summary>Sets extra variables.</summary>
    public AnsiblePlaybookRun WithVariables(IReadOnlyDictionary<string, object?> variables)
    {
        var merged = new Dictionary<string, object?>(ExtraVars, StringComparer.Ordinal);
        foreach (var (name, value) in variables)
        {
            merged[name] = value;
        }

        return this with { ExtraVars = merged };
    }

    /// <summary>Runs only tasks with these tags.</summary>
    public AnsiblePlaybookRun WithTags(params string[] tags) => this with { Tags = [.. Tags, .. tags] };

    /// <summary>Skips tasks with these tags.</summary>
    public AnsiblePlaybookRun WithSkipTags(params string[] tags) => this with { SkipTags = [.. SkipTags, .. tags] };

    /// <summary>Check mode on or off.</summary>
    public AnsiblePlaybookRun InCheckMode(bool check = true) => this with { Check = check };

    /// <summary>Diff mode on or off.</summary>
    public AnsiblePlaybookRun WithDiff(bool diff = true) => this with { Diff = diff };

    /// <summary>Whether the role's wrapping play gathers facts.</summary>
    public AnsiblePlaybookRun WithFactGathering(bool gather) => this with { GatherFacts = gather };

    /// <summary>Whether the role's wrapping play becomes root.</summary>
    public AnsiblePlaybookRun WithBecome(bool become = true) => this with { Become = become };

    /// <summary>The time limit of one run.</summary>
    public AnsiblePlaybookRun WithTimeout(TimeSpan timeout) => this with { Timeout = timeout };

    /// <summary>Where transcripts go.</summary>
    public AnsiblePlaybookRun WithOutput(Action<string> output) => this with { Output = output };

    /// <summary>
    /// Runs <c>ansible-playbook</c> and returns the parsed result, whatever its outcome. Every role the run names is
    /// looked up first: when one is missing, Ansible does not start and the result's error names each missing role.
    /// </summary>
    /// <exception cref="InvalidOperationException">When the run has no host, or ansible-playbook cannot start.</exception>
    public async Task<AnsibleRunResult> RunAsync(CancellationToken cancellationToken = default)
    {
        if (Hosts.Count == 0)
        {
            throw new InvalidOperationException("The run has no host: add one with WithContainer or WithHost.");
        }

        Reaper.ReapFoldersOnce();
        using var workspace = new TempWorkspace("converge");
        var inventory = await workspace.WriteFileAsync("inventory.yml", InventoryJson(), cancellationToken).ConfigureAwait(false);
        // Secret values are written as themselves here only: a file of this process's private folder, never argv.
        var extraVars = await workspace.WriteFileAsync("extra-vars.json", JsonSerializer.Serialize(ExtraVars, RevealingJson.Options), cancellationToken).ConfigureAwait(false);
        var playbook = PlaybookPath ?? await workspace.WriteFileAsync("converge.yml", ConvergePlaybookJson(), cancellationToken).ConfigureAwait(false);

        var arguments = new List<string> { "-i", inventory, "-e", "@" + extraVars };
        if (Tags.Count > 0)
        {
            arguments.AddRange(["--tags", string.Join(',', Tags)]);
        }

        if (SkipTags.Count > 0)
        {
            arguments.AddRange(["--skip-tags", string.Join(',', SkipTags)]);
        }

        if (Check)
        {
            arguments.Add("--check");
        }

        if (Diff)
        {
            arguments.Add("--diff");
        }

        arguments.Add(playbook);
        var environment = AnsibleProcessEnvironment.Create(workspace.Root);
        if ((RolePath ?? PlaybookPath) is { } anchor)
        {
            // Folders given with WithRolesPath come first; then roles next to the role under test (its
            // dependencies) or under the playbook's roles/; then roles from referenced module packages, so a
            // dependency on a packaged role resolves too.
            var folder = Path.GetDirectoryName(anchor)!;
            var defaultPath = RolePath is null ? Path.Combine(folder, "roles") : folder;
            IEnumerable<string> searched = [.. RolesPaths, defaultPath, .. IacModules.RoleSearchPaths];
            var rolesPath = searched.Distinct(StringComparer.Ordinal).ToList();
            // Galaxy names (metadata or aliases) become links in the private folder, first on the path.
            string? links = null;
            try
            {
                links = RoleResolver.Prepare(Path.Combine(workspace.Root, "galaxy-roles"), rolesPath, RoleAliases, PlaybookPath, RolePath, RequirementsFile);
            }
            catch (RoleDependencyException missing)
            {
                // Missing roles come from Galaxy only when its server answers; then everything is checked again.
                var downloads = Path.Combine(workspace.Root, "galaxy-downloads");
                var failure = await GalaxyDownload.InstallAsync(GalaxyServer ?? GalaxyDownload.DefaultServer, missing.MissingRoles, RequirementsFile, downloads, workspace.Root, environment, cancellationToken).ConfigureAwait(false);
                try
                {
                    links = failure is null ? RoleResolver.Prepare(Path.Combine(workspace.Root, "galaxy-roles"), [.. rolesPath, downloads], RoleAliases, PlaybookPath, RolePath, RequirementsFile) : null;
                    rolesPath.Add(downloads);
                }
                catch (RoleDependencyException stillMissing)
                {
                    missing = stillMissing;
                    failure = "some are still missing after the download";
                }

                if (failure is not null)
                {
                    // As when Ansible stops before its first task: a failed result whose error says what is missing.
                    return new AnsibleRunResult
                    {
                        CommandLine = $"{AnsibleTools.AnsiblePlaybook} {string.Join(' ', arguments)}",
                        ExitCode = 1,
                        Stdout = string.Empty,
                        // ansible-galaxy's error may quote what it was given (a source URL with a token): masked like Ansible's own.
                        Stderr = SecretMasker.Shared.Mask($"ERROR! {missing.Message}\nNot downloaded: {failure}."),
                        Duration = TimeSpan.Zero,
                        Tasks = [],
                        Recap = new Dictionary<string, HostRecap>(),
                    };
                }
            }

            if (links is not null)
            {
                rolesPath.Insert(0, links);
            }

            environment["ANSIBLE_ROLES_PATH"] = string.Join(Path.PathSeparator, rolesPath);
        }

        ConvergeSpeedSettings.Apply(Hosts, environment);
        var commandLine = $"{AnsibleTools.AnsiblePlaybook} {string.Join(' ', arguments)}";
        var ansible = TryAnsibleInstall();
        // Live progress only when someone sees it: otherwise the run is exactly Ansible's own.
        var progressFile = LiveProgress.IsActive ? ProgressCallbackPlugin.Install(workspace.Root, environment) : null;
        var running = ProcessRunner.RunAsync(AnsibleTools.AnsiblePlaybook, arguments, workspace.Root, environment, Timeout, cancellationToken);
        var process = progressFile is null
            ? await running.ConfigureAwait(false)
            : await ProgressCallbackPlugin.FollowAsync(progressFile, ProgressStep, running).ConfigureAwait(false);
        // Masked before anything reads it: every message, transcript and task result is built from this text. The
        // callback's JSON stays valid, as a secret is replaced inside a string by a placeholder without quotes.
        var stdout = SecretMasker.Shared.Mask(process.Stdout);
        var stderr = SecretMasker.Shared.Mask(process.Stderr);
        var parsed = AnsibleJsonReport.Parse(stdout);
        var result = new AnsibleRunResult
        {
            CommandLine = commandLine,
            Ansible = ansible,
            ExitCode = process.ExitCode,
            Stdout = stdout,
            Stderr = stderr,
            Duration = process.Duration,
            Tasks = parsed?.Tasks ?? [],
            Recap = parsed?.Recap ?? new Dictionary<string, HostRecap>(),
        };
        ConvergeSpeedSettings.AfterRun(Hosts, result);
        var transcript = SecretMasker.Shared.Mask($"$ {commandLine}\n# {(ansible?.ToString() ?? AnsibleTools.AnsiblePlaybook + " (version unknown)")}\n{result.Transcript}{(result.Stderr.Length > 0 ? "--- stderr ---\n" + result.Stderr : string.Empty)}({result.Duration.TotalSeconds:0.0} s, exit code {result.ExitCode})");
        Output?.Invoke(transcript);
        foreach (var host in Hosts)
        {
            if (host.Variables.TryGetValue("ansible_connection", out var connection) && connection == "community.docker.docker" && host.Variables.TryGetValue("ansible_host", out var container))
            {
                // A check failing later on this container shows it, whoever ran the converge.
                ConvergeTranscripts.Record(container, ProgressStep, transcript);
            }
        }

        return result;
    }

    /// <summary>Runs and requires success (see <see cref="AnsibleRunResult.EnsureSuccess"/>).</summary>
    /// <exception cref="AnsibleRunException">When the run failed; names the failing task and its message.</exception>
    public async Task<AnsibleRunResult> ConvergeAsync(CancellationToken cancellationToken = default) =>
        (await RunAsync(cancellationToken).ConfigureAwait(false)).EnsureSuccess();

    /// <summary>
    /// Runs again (tasks tagged <c>iactest-idempotence-skip</c> or <c>molecule-idempotence-notest</c> left out) and
    /// requires that nothing changed.
    /// </summary>
    /// <exception cref="IdempotenceException">When a task changed; names each one.</exception>
    /// <exception cref="AnsibleRunException">When the second run failed.</exception>
    public async Task<AnsibleRunResult> ShouldBeIdempotentAsync(CancellationToken cancellationToken = default)
    {
        var second = await (WithSkipTags([.. IdempotenceSkipTags]) with { ProgressStep = "idempotence" }).RunAsync(cancellationToken).ConfigureAwait(false);
        second.EnsureSuccess();
        return second.ChangedTasks.Count == 0 ? second : throw new IdempotenceException(second);
    }

    private static AnsibleInstall? TryAnsibleInstall()
    {
        try
        {
            return AnsibleInstall.Current;
        }
        catch (InvalidOperationException)
        {
            // The run itself reports a missing or broken ansible-playbook, with the command it tried.
            return null;
        }
    }

    private string InventoryJson()
    {
        var hosts = new JsonObject();
        foreach (var host in Hosts)
        {
            hosts[host.Name] = JsonSerializer.SerializeToNode(host.Variables);
        }

        return new JsonObject { ["all"] = new JsonObject { ["hosts"] = hosts } }.ToJsonString();
    }

    private string ConvergePlaybookJson() => new JsonArray(new JsonObject
    {
        ["name"] = "Converge",
        ["hosts"] = "all",
        ["gather_facts"] = GatherFacts,
        ["become"] = Become,
        // By name, with its folder on the roles path, so Ansible calls the role by its name.
        ["roles"] = new JsonArray(new JsonObject { ["role"] = Path.GetFileName(RolePath) }),
    }).ToJsonString();
}
