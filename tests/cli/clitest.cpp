// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitest.h"

#include <catch2/catch.hpp>

namespace trato::test {

QString Cli::ok(const QStringList &args) const
{
    const ProcessResult r = (*this)(args);
    INFO("trato-cli " << args.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out;
}

QJsonArray Cli::jsonArray(const QStringList &args) const
{
    const QString out = ok(args);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
    INFO(out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

QJsonObject Cli::jsonObject(const QStringList &args) const
{
    const QString out = ok(args);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
    INFO(out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

QStringList Cli::lines(const QStringList &args) const
{
    QString out = ok(args);
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = out.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString dump(const QString &dbPath)
{
    const ProcessResult r = sqlite3(dbPath, QStringLiteral(".dump\nPRAGMA user_version;\n"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace trato::test
