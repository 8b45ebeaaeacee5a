using System.Reflection;
using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Mgi.Api.Contract;

namespace Mgi.Api.Features.Mcp;

/// <summary>
/// Every bad argument is a tool error (isError: true) naming it, never a protocol error or an
/// exception: a filter around every tool call. Before the tool runs, each argument is checked
/// against its parameter (known name, JSON type; a required one given), with the HTTP API's
/// messages; a JSON null is an argument not given. The tool itself refuses a value the API's rules
/// refuse (<see cref="ToolArgumentException"/>), and a query stopped by the time limit is a tool
/// error saying so.
/// </summary>
public static class ToolArguments
{
    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Filter(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (context, ct) =>
        {
            if (context.MatchedPrimitive is McpServerTool tool && tool.Metadata.OfType<MethodInfo>().FirstOrDefault() is { } method && context.Params is { } call)
            {
                var failures = Check(method, call);
                if (failures.Count > 0) return ToolResult.Refusal(failures);
            }
            try
            {
                return await next(context, ct);
            }
            catch (ToolArgumentException e)
            {
                return ToolResult.Refusal(e.Failures);
            }
            catch (Exception e) when (Http.QueryTimeLimitHandler.IsTimeLimit(e))
            {
                return ToolResult.Refusal([new ValidationFailure("query", Http.QueryTimeLimitHandler.Reason)]);
            }
        };

    /// <summary>Why the call's arguments cannot be bound to <paramref name="method"/>'s parameters; nulls are removed (not given).</summary>
    static List<ValidationFailure> Check(MethodInfo method, CallToolRequestParams call)
    {
        var parameters = method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)).ToList();
        var given = call.Arguments ?? new Dictionary<string, JsonElement>();
        var failures = new List<ValidationFailure>();
        foreach (var (name, value) in given.ToList())
        {
            var parameter = parameters.FirstOrDefault(p => p.Name == name);
            if (parameter is null)
                failures.Add(new(name, $"Unknown argument '{name}'. Known: {string.Join(", ", parameters.Select(p => p.Name))}."));
            else if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
                given.Remove(name);
            else if (!Fits(value, parameter.ParameterType))
                failures.Add(new(name, ContractSetup.BindingFailure(parameter.ParameterType, name, value.GetRawText())));
        }
        foreach (var parameter in parameters.Where(p => !p.HasDefaultValue && !given.ContainsKey(p.Name!)))
            failures.Add(new(parameter.Name!, $"{parameter.Name} is required."));
        return failures;
    }

    static bool Fits(JsonElement value, Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => value.ValueKind == JsonValueKind.String,
        var t when t == typeof(int) => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _),
        _ => throw new InvalidOperationException($"A tool's parameter of type {type} has no check: add one."),
    };
}

/// <summary>A tool's argument refused by the HTTP API's rules: answered as a tool error naming it.</summary>
public sealed class ToolArgumentException(IReadOnlyList<ValidationFailure> failures)
    : Exception(string.Join(" ", failures.Select(f => f.ErrorMessage)))
{
    public IReadOnlyList<ValidationFailure> Failures { get; } = failures;
}
