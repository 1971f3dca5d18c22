using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>liveness-port</c> (template <c>liveness-port</c>): liveness probes aimed at a port the container does not expose.</summary>
internal sealed class LivenessPortRule : ProbePortRule
{
    /// <inheritdoc />
    public override string Code => "IAC0441";

    /// <inheritdoc />
    public override string Name => "liveness-port";


    /// <inheritdoc />
    public override string Title => "A liveness probe must target a port the container exposes";

    /// <inheritdoc />
    public override string Description =>
        "Indicates when containers have a liveness probe to a not exposed port. The probe's `httpGet`, `tcpSocket` or `grpc` port must be one of the container's `ports`: by `containerPort` when a number, by `name` when a string; an HTTP or TCP probe needs a TCP port.\n\n**Remediation**: Check which ports you've exposed and ensure they match what you have specified in the liveness probe.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports:\n            - name: http\n              containerPort: 8080\n          livenessProbe:\n            httpGet:\n              path: /healthz\n              port: health\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports:\n            - name: http\n              containerPort: 8080\n          livenessProbe:\n            httpGet:\n              path: /healthz\n              port: http\n";

    /// <inheritdoc />
    protected override string ProbeField => "livenessProbe";


}
