// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSysInfo>
#include <QThread>

#include <sqlite3.h>

namespace trato::bench {

namespace {

QString firstMatch(const QString &file, const QByteArray &key)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    // /proc files report size 0, so atEnd() is true at once: read it whole.
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QString();
}

QString withUnit(double value, const QString &unit)
{
    return qIsNaN(value) ? QString() : formatNumber(value) + QLatin1Char(' ') + unit;
}

QString ratioText(double ratio)
{
    return qIsNaN(ratio) ? QString() : formatNumber(ratio) + QStringLiteral("×");
}

} // namespace

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

QJsonObject machineInfo()
{
    const qint64 memKiB = firstMatch(QStringLiteral("/proc/meminfo"), "MemTotal").split(QLatin1Char(' ')).value(0).toLongLong();
    QString platform = BenchContext::platformName();
    return {
        {QStringLiteral("cpu"), firstMatch(QStringLiteral("/proc/cpuinfo"), "model name")},
        {QStringLiteral("cores"), QThread::idealThreadCount()},
        {QStringLiteral("memory_gib"), qRound(double(memKiB) / 1024.0 / 1024.0 * 10) / 10.0},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("sqlite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("qpa_platform"), platform.isEmpty() ? QStringLiteral("default (display)") : platform},
        {QStringLiteral("build_type"), QStringLiteral(TRATO_BENCH_BUILD_TYPE)},
        {QStringLiteral("compiler"), QStringLiteral(TRATO_BENCH_COMPILER)},
        {QStringLiteral("date"), QDateTime::currentDateTime().toString(Qt::ISODate)},
        {QStringLiteral("load_at_start"), loadAverage()},
    };
}

void printTable(QTextStream &out, const QJsonObject &machine, const BenchContext &ctx, const QList<Measurement> &rows)
{
    auto m = [&machine](const char *key) { return machine.value(QLatin1String(key)).toVariant().toString(); };
    out << "Trato benchmark, " << m("date") << '\n'
        << "machine: " << m("cpu") << ", " << m("cores") << " cores, " << m("memory_gib") << " GiB, " << m("os")
        << ", kernel " << m("kernel") << '\n'
        << "software: Qt " << m("qt") << " (" << m("qpa_platform") << "), SQLite " << m("sqlite") << ", " << m("compiler")
        << ", " << m("build_type") << " build\n"
        << "load average (1, 5, 15 min): " << m("load_at_start") << " at start, " << loadAverage() << " at end\n"
        << "data: " << ctx.cache().dir() << " (seed " << ctx.seed() << ", schema " << DatasetCache::schemaKey()
        << "), repeat " << ctx.repeat() << ", medians\n\n";

    const QStringList header = {QStringLiteral("case"), QStringLiteral("measurement"), QStringLiteral("value"),
                                QStringLiteral("baseline (same run)"), QStringLiteral("baseline"), QStringLiteral("ratio"),
                                QStringLiteral("target"), QStringLiteral("result")};
    QList<QStringList> table = {header};
    QStringList notes;
    for (const Measurement &r : rows) {
        table << QStringList{r.caseName, r.what, withUnit(r.value, r.unit), r.baselineWhat, withUnit(r.baseline, r.unit),
                             ratioText(r.ratio), r.target, verdictName(r.verdict)};
        if (!r.note.isEmpty())
            notes << QStringLiteral("%1, %2: %3").arg(r.caseName, r.what, r.note);
    }
    QList<qsizetype> width(header.size(), 0);
    for (const QStringList &row : table)
        for (int c = 0; c < row.size(); ++c)
            width[c] = qMax(width[c], row.at(c).size());
    // Numbers right-aligned, words left-aligned.
    const QList<bool> right = {false, false, true, false, true, true, false, false};
    for (const QStringList &row : table) {
        QString line;
        for (int c = 0; c < row.size(); ++c) {
            const int w = int(width[c]);
            line += (right[c] ? row.at(c).rightJustified(w) : row.at(c).leftJustified(w)) + QStringLiteral("  ");
        }
        out << line.trimmed() << '\n';
    }
    if (!notes.isEmpty()) {
        out << "\nnotes:\n";
        for (const QString &n : notes)
            out << "  " << n << '\n';
    }
    out.flush();
}

QJsonObject toJson(const QJsonObject &machine, const BenchContext &ctx, const QList<Measurement> &rows)
{
    QJsonArray sizes;
    for (qint64 s : ctx.sizes())
        sizes << double(s);
    QJsonArray list;
    for (const Measurement &r : rows)
        list << r.toJson();
    return {{QStringLiteral("machine"), machine},
            {QStringLiteral("settings"),
             QJsonObject{{QStringLiteral("sizes"), sizes},
                         {QStringLiteral("repeat"), ctx.repeat()},
                         {QStringLiteral("seed"), double(ctx.seed())},
                         {QStringLiteral("schema"), DatasetCache::schemaKey()},
                         {QStringLiteral("data_dir"), ctx.cache().dir()}}},
            {QStringLiteral("measurements"), list}};
}

} // namespace trato::bench
