// SPDX-License-Identifier: GPL-3.0-or-later
// The real `trato` binary: a screenshot under Xvfb, the first-paint timer, and a bad database file.
#include "uitestsupport.h"

#include <QColor>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace trato;

namespace {
const QString kGui = QStringLiteral(TRATO_GUI_PATH);
// The child gets a real X server from xvfb-run (undo the tests' offscreen platform) and its own
// settings folder, so the user's settings are neither read nor written.
QStringList xcbEnv(const QTemporaryDir &dir)
{
    return {QStringLiteral("QT_QPA_PLATFORM=xcb"), QStringLiteral("TRATO_DB="),
            QStringLiteral("XDG_CONFIG_HOME=") + dir.filePath(QStringLiteral("config"))};
}
} // namespace

TEST_CASE("screenshot smoke test: trato --demo 300 --screenshot under Xvfb", "[ui][smoke]")
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    if (xvfb.isEmpty()) {
        WARN("xvfb-run is not installed: screenshot smoke test skipped");
        return;
    }
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("smoke.sqlite"));
    const QString png = dir.filePath(QStringLiteral("out.png"));
    const auto r = test::run(xvfb, {QStringLiteral("-a"), kGui, QStringLiteral("--db"), db, QStringLiteral("--demo"),
                                    QStringLiteral("300"), QStringLiteral("--module"), QStringLiteral("contact"),
                                    QStringLiteral("--screenshot"), png},
                             {}, xcbEnv(dir), 60000);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 800);
    CHECK(image.height() >= 500);
    // Not blank: a real window has text, lines and the navigator's colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() >= 8);
}

TEST_CASE("trato --quit-after-first-paint prints the time to first paint", "[ui][smoke]")
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    if (xvfb.isEmpty()) {
        WARN("xvfb-run is not installed: first-paint test skipped");
        return;
    }
    QTemporaryDir dir;
    const auto r = test::run(xvfb, {QStringLiteral("-a"), kGui, QStringLiteral("--db"), dir.filePath(QStringLiteral("t.sqlite")),
                                    QStringLiteral("--quit-after-first-paint")},
                             {}, xcbEnv(dir), 60000);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("first-paint-ms ")));
    CHECK(r.out.trimmed().section(QLatin1Char(' '), 1).toInt() > 0);
}

TEST_CASE("a file that is not a database gets a clear message, no crash, no overwrite", "[ui][smoke]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("these are my notes, not a database\n");
    f.close();
    // Offscreen is enough here: unattended runs report and exit instead of asking.
    const auto r = test::run(kGui, {QStringLiteral("--db"), path, QStringLiteral("--quit-after-first-paint")},
                             {},
                             {QStringLiteral("QT_QPA_PLATFORM=offscreen"), QStringLiteral("XDG_CONFIG_HOME=") + dir.filePath(QStringLiteral("config"))},
                             60000);
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("not a Trato database")));
    QFile again(path);
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(again.readAll() == QByteArray("these are my notes, not a database\n"));
}
