using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KeepUp.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddFluency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FactAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    PupilId = table.Column<Guid>(type: "uuid", nullable: false),
                    FactId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Correct = table.Column<bool>(type: "boolean", nullable: false),
                    Milliseconds = table.Column<int>(type: "integer", nullable: false),
                    Answer = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FactAnswers_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FactAnswers_PupilId",
                table: "FactAnswers",
                column: "PupilId");

            migrationBuilder.CreateIndex(
                name: "IX_FactAnswers_SchoolId_Day",
                table: "FactAnswers",
                columns: new[] { "SchoolId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_FactAnswers_SchoolId_PupilId_Day",
                table: "FactAnswers",
                columns: new[] { "SchoolId", "PupilId", "Day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FactAnswers");
        }
    }
}
