using System.Reflection;
using Xunit.Sdk;

namespace KeepUp.Storage.Tests.Infrastructure;

/// <summary>Runs the theory on SQLite, the embedded default; always available.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnSqliteAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseKind.Sqlite]];
}

/// <summary>
/// Runs the theory on PostgreSQL when <c>KEEPUP_TEST_POSTGRES</c> names a server. Without one the
/// case is skipped with the reason, unless <c>KEEPUP_REQUIRE_ALL=1</c> (as in CI), when it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnPostgresAttribute : DataAttribute
{
    public OnPostgresAttribute()
    {
        if (Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable) is null && !RequireAll)
        {
            Skip = $"PostgreSQL not available: set {TestDatabase.PostgresVariable} to an admin connection string (CI does).";
        }
    }

    public static bool RequireAll => Environment.GetEnvironmentVariable("KEEPUP_REQUIRE_ALL") == "1";

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseKind.Postgres]];
}
