using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KeepUp.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnonymisedTallyByYear : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_AnonymisedTallies",
                table: "AnonymisedTallies");

            migrationBuilder.AddColumn<int>(
                name: "YearGroup",
                table: "AnonymisedTallies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AcademicYear",
                table: "AnonymisedTallies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddPrimaryKey(
                name: "PK_AnonymisedTallies",
                table: "AnonymisedTallies",
                columns: new[] { "SchoolId", "StepId", "YearGroup", "AcademicYear" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_AnonymisedTallies",
                table: "AnonymisedTallies");

            migrationBuilder.DropColumn(
                name: "YearGroup",
                table: "AnonymisedTallies");

            migrationBuilder.DropColumn(
                name: "AcademicYear",
                table: "AnonymisedTallies");

            migrationBuilder.AddPrimaryKey(
                name: "PK_AnonymisedTallies",
                table: "AnonymisedTallies",
                columns: new[] { "SchoolId", "StepId" });
        }
    }
}
