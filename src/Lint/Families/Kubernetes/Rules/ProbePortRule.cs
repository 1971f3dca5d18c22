using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>
/// kube-linter's liveness-port, readiness-port and startup-port templates: a probe's port must be one the container
/// exposes — a number by <c>containerPort</c>, a name by <c>name</c>; HTTP and TCP probes need a TCP port.
/// </summary>
internal abstract class ProbePortRule : ContainerRule
{
    /// <summary>The probe's field: <c>livenessProbe</c>, <c>readinessProbe</c> or <c>startupProbe</c>.</summary>
    protected abstract string ProbeField { get; }

    /// <inheritdoc />
    protected sealed override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        if (container.Node[ProbeField] is not YMapping probe)
        {
            return;
        }

        var ports = container.Node["ports"] is YSequence list ? list.Items.OfType<YMapping>().ToArray() : [];
        foreach (var (handler, label, tcpOnly) in new[] { ("httpGet", "HTTPGet", true), ("tcpSocket", "TCPSocket", true), ("grpc", "GRPC check", false) })
        {
            if (PodSpecs.At(probe, handler, "port") is not YScalar port)
            {
                continue;
            }

            var isNumber = int.TryParse(port.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _);
            var exposed = ports.Any(p => (!tcpOnly || (p.GetScalar("protocol") ?? "TCP") == "TCP")
                && (isNumber ? p.GetScalar("containerPort") == port.Value : p.GetScalar("name") == port.Value));
            if (!exposed)
            {
                context.Report(port, $"container \"{container.Name}\" does not expose port {port.Value} for the {label}");
            }
        }
    }
}
