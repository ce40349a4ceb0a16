using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KeepUp.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SignInFailuresIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SignInAttempts_Address_AtUnixMilliseconds",
                table: "SignInAttempts");

            migrationBuilder.DropIndex(
                name: "IX_SignInAttempts_SchoolCode_AtUnixMilliseconds",
                table: "SignInAttempts");

            migrationBuilder.CreateIndex(
                name: "IX_SignInAttempts_Address_Succeeded_AtUnixMilliseconds",
                table: "SignInAttempts",
                columns: new[] { "Address", "Succeeded", "AtUnixMilliseconds" });

            migrationBuilder.CreateIndex(
                name: "IX_SignInAttempts_SchoolCode_Succeeded_AtUnixMilliseconds",
                table: "SignInAttempts",
                columns: new[] { "SchoolCode", "Succeeded", "AtUnixMilliseconds" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SignInAttempts_Address_Succeeded_AtUnixMilliseconds",
                table: "SignInAttempts");

            migrationBuilder.DropIndex(
                name: "IX_SignInAttempts_SchoolCode_Succeeded_AtUnixMilliseconds",
                table: "SignInAttempts");

            migrationBuilder.CreateIndex(
                name: "IX_SignInAttempts_Address_AtUnixMilliseconds",
                table: "SignInAttempts",
                columns: new[] { "Address", "AtUnixMilliseconds" });

            migrationBuilder.CreateIndex(
                name: "IX_SignInAttempts_SchoolCode_AtUnixMilliseconds",
                table: "SignInAttempts",
                columns: new[] { "SchoolCode", "AtUnixMilliseconds" });
        }
    }
}
