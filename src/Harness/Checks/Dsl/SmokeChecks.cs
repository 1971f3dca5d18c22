using IacTest.Harness.Checks;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks.Dsl;

/// <summary>
/// The smoke-check DSL: declare what the machine should look like, then <see cref="AssertAsync"/>.
/// Every check retries for <see cref="WithRetry"/> (or its own <c>Within</c>), so a service still starting is not a failure.
/// </summary>
/// <example>
/// <code>
/// await new SmokeChecks(env)
///     .WithRetry(TimeSpan.FromSeconds(10))
///     .File("/etc/nginx/nginx.conf", f => f.Exists().Mode("0644").Owner("root").Contains("worker_processes"))
///     .Port("tcp:80", p => p.Listening().OnAddress("0.0.0.0"))
///     .Http("http://localhost/", h => h.Status(200).BodyContains("Welcome"))
///     .AssertAsync();
/// </code>
/// </example>
public sealed class SmokeChecks
{
    private readonly ITargetHost? _target;
    private readonly List<ICheckBuilder> _builders = [];
    private readonly List<ResourceCheck> _checks = [];
    private RetryPolicy _retry = RetryPolicy.Once;
    private Action<string>? _output;

    /// <summary>Starts a set of checks against <paramref name="target"/>: a container, an SSH host or the local machine.</summary>
    public SmokeChecks(ITargetHost target)
    {
        ArgumentNullException.ThrowIfNull(target);
        _target = target;
    }

    /// <summary>
    /// Starts a set of checks declared once and run against many targets (<see cref="RunAsync(ITargetHost, CancellationToken)"/>,
    /// or the drift checks of a host list).
    /// </summary>
    public SmokeChecks()
    {
    }

    /// <summary>The default retry for every check (default: one attempt).</summary>
    public SmokeChecks WithRetry(TimeSpan timeout, TimeSpan? interval = null)
    {
        _retry = RetryPolicy.For(timeout, interval);
        return this;
    }

    /// <summary>Also writes the report to <paramref name="output"/> (e.g. a test's output).</summary>
    public SmokeChecks WithOutput(Action<string> output)
    {
        _output = output;
        return this;
    }

    /// <summary>A file, directory or link.</summary>
    public SmokeChecks File(string path, Action<FileCheck> configure) => Add(new FileCheck(path), configure);

    /// <summary>A package.</summary>
    public SmokeChecks Package(string name, Action<PackageCheck> configure) => Add(new PackageCheck(name), configure);

    /// <summary>A service.</summary>
    public SmokeChecks Service(string name, Action<ServiceCheck> configure) => Add(new ServiceCheck(name), configure);

    /// <summary>A port: <c>tcp:80</c>, <c>udp:53</c>, …</summary>
    public SmokeChecks Port(string port, Action<PortCheck> configure) => Add(new PortCheck(port), configure);

    /// <summary>An HTTP endpoint, requested from inside the environment.</summary>
    public SmokeChecks Http(string url, Action<HttpCheck> configure) => Add(new HttpCheck(url), configure);

    /// <summary>A shell command.</summary>
    public SmokeChecks Command(string command, Action<CommandCheck> configure) => Add(new CommandCheck(command), configure);

    /// <summary>A user.</summary>
    public SmokeChecks User(string name, Action<UserCheck> configure) => Add(new UserCheck(name), configure);

    /// <summary>A group.</summary>
    public SmokeChecks Group(string name, Action<GroupCheck> configure) => Add(new GroupCheck(name), configure);

    /// <summary>A process.</summary>
    public SmokeChecks Process(string name, Action<ProcessCheck> configure) => Add(new ProcessCheck(name), configure);

    /// <summary>A network address, <c>tcp://host:port</c>.</summary>
    public SmokeChecks Addr(string address, Action<AddrCheck> configure) => Add(new AddrCheck(address), configure);

    /// <summary>A name lookup.</summary>
    public SmokeChecks Dns(string name, Action<DnsCheck> configure) => Add(new DnsCheck(name), configure);

    /// <summary>A kernel parameter.</summary>
    public SmokeChecks KernelParam(string key, Action<KernelParamCheck> configure) => Add(new KernelParamCheck(key), configure);

    /// <summary>A mount point.</summary>
    public SmokeChecks Mount(string mountPoint, Action<MountCheck> configure) => Add(new MountCheck(mountPoint), configure);

    /// <summary>A network interface.</summary>
    public SmokeChecks Interface(string name, Action<InterfaceCheck> configure) => Add(new InterfaceCheck(name), configure);

    /// <summary>Adds a ready-made check (e.g. from a goss file).</summary>
    public SmokeChecks Add(ResourceCheck check)
    {
        _checks.Add(check);
        return this;
    }

    private SmokeChecks Add<T>(T builder, Action<T> configure)
        where T : ICheckBuilder
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(builder);
        _builders.Add(builder);
        return this;
    }

    /// <summary>The declared checks, ready to run against any target.</summary>
    public IReadOnlyList<ResourceCheck> Build() => _builders.Select(b => b.Build(_retry)).Concat(_checks).ToList();

    /// <summary>Runs every check (in parallel) against the target given at construction and reports; never throws for a failed check.</summary>
    public Task<SmokeReport> RunAsync(CancellationToken ct = default) => RunAsync(RequireTarget(), ct);

    /// <summary>Runs every check (in parallel) against <paramref name="target"/> and reports; never throws for a failed check.</summary>
    public async Task<SmokeReport> RunAsync(ITargetHost target, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var results = await Task.WhenAll(Build().Select(c => c.RunAsync(target, ct))).ConfigureAwait(false);
        var report = new SmokeReport(results);
        _output?.Invoke(report.Describe());
        return report;
    }

    /// <summary>
    /// Runs every check and throws <see cref="SmokeCheckException"/> when any fails: expected vs actual, evidence,
    /// and the target's logs. A container is marked failed (kept with IACTEST_KEEP_ON_FAILURE=1).
    /// </summary>
    public async Task<SmokeReport> AssertAsync(CancellationToken ct = default)
    {
        var target = RequireTarget();
        var report = await RunAsync(target, ct).ConfigureAwait(false);
        if (!report.Passed)
        {
            throw await SmokeCheckException.CreateAsync(target, report, ct).ConfigureAwait(false);
        }

        return report;
    }

    private ITargetHost RequireTarget() =>
        _target ?? throw new InvalidOperationException("these checks were declared without a target: pass one to RunAsync(target)");
}
