using IacTest.Harness.Converge;
using IacTest.Harness.Discovery;
using IacTest.Harness.Images;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace IacTest.Harness.Xunit;

/// <summary>
/// Discovers a <see cref="RoleTheoryAttribute"/> theory: reads the role's metadata once, then skips the rows the role
/// does not support. A missing role folder, unreadable metadata or an Ansible that does not run is one failing test
/// that says so, not a discovery error.
/// </summary>
public sealed class RoleTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    /// <inheritdoc />
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow)
    {
        ArgumentNullException.ThrowIfNull(dataRow);
        return Judge(testMethod, theoryAttribute, dataRow.OfType<Platform>().FirstOrDefault()) switch
        {
            (null, null) => [new LiveTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, dataRow)],
            (var skip, null) => CreateTestCasesForSkippedDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow, skip!),
            (_, var error) => [Error(discoveryOptions, testMethod, error)],
        };
    }

    /// <inheritdoc />
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForTheory(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        Judge(testMethod, theoryAttribute, platform: null) switch
        {
            (null, null) => [new LiveTheoryTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)],
            (var skip, null) => CreateTestCasesForSkip(discoveryOptions, testMethod, theoryAttribute, skip!),
            (_, var error) => [Error(discoveryOptions, testMethod, error)],
        };

    private static (string? Skip, string? Error) Judge(ITestMethod testMethod, IAttributeInfo theoryAttribute, Platform? platform)
    {
        var roleDirectory = theoryAttribute.GetConstructorArguments().OfType<string>().FirstOrDefault() ?? "";
        var assembly = (testMethod.TestClass.Class.Assembly as IReflectionAssemblyInfo)?.Assembly;
        var projectDirectory = assembly is null ? null : ProjectFiles.TryDirectoryOf(assembly);
        var full = Path.GetFullPath(projectDirectory is null || Path.IsPathRooted(roleDirectory) ? roleDirectory : Path.Combine(projectDirectory, roleDirectory));
        try
        {
            var metadata = RoleMetadata.Load(full);
            if (metadata.MinAnsibleVersion is not null && metadata.WhyNotWith(AnsibleInstall.Current) is { } tooOld)
            {
                return (tooOld, null);
            }

            return (platform is null ? null : metadata.WhyNotOn(platform), null);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or RoleMetadataException or InvalidOperationException)
        {
            return (null, $"[RoleTheory(\"{roleDirectory}\")]: {e.Message}");
        }
    }

    private IXunitTestCase Error(ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, string message) =>
        new ExecutionErrorTestCase(DiagnosticMessageSink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), testMethod, message);
}
