// SPDX-License-Identifier: GPL-3.0-or-later
// trato-bench: runs the registered benchmark cases on deterministic demo data and prints each
// figure next to a raw baseline measured in the same run. See docs/BENCHMARKS.md.
#include "benchcase.h"
#include "benchcontext.h"
#include "report.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace trato::bench;

namespace {

enum Exit { Ok = 0, Usage = 1, TargetMissed = 2, CaseFailed = 3 };

QString defaultDataDir()
{
    const QString env = qEnvironmentVariable("TRATO_BENCH_DIR");
    return env.isEmpty() ? QDir(QDir::tempPath()).filePath(QStringLiteral("trato-bench")) : env;
}

// `trato-bench --child CASE ARGS...`: one measurement in a fresh process (see BenchCase::child).
int runChild(int argc, char **argv)
{
    auto c = CaseRegistry::create(QString::fromLocal8Bit(argv[2]));
    if (!c) {
        std::fprintf(stderr, "trato-bench: unknown case %s\n", argv[2]);
        return Usage;
    }
    if (c->childNeedsGui()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !BenchContext::platformName().isEmpty())
            qputenv("QT_QPA_PLATFORM", BenchContext::platformName().toLocal8Bit());
        QApplication app(argc, argv);
        return c->child(QCoreApplication::arguments().mid(3));
    }
    QCoreApplication app(argc, argv);
    return c->child(QCoreApplication::arguments().mid(3));
}

bool parse(const QCoreApplication &app, Options *options, bool *list)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Benchmarks Trato on deterministic demo data; every figure is printed with a raw baseline "
        "measured in the same run and their ratio."));
    p.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Where generated databases are cached (default: $TRATO_BENCH_DIR or %1).")
                                         .arg(defaultDataDir()),
                                     QStringLiteral("DIR"), defaultDataDir());
    const QCommandLineOption sizes(QStringLiteral("sizes"), QStringLiteral("Contact counts, comma-separated (default 1000,1000000)."),
                                   QStringLiteral("N,N"));
    const QCommandLineOption cases(QStringLiteral("case"), QStringLiteral("Run only this case (repeatable; see --list)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs per measurement; medians are reported (default 5)."),
                                    QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Demo data seed (default 1)."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Also write the results as JSON to FILE."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption regenerate(QStringLiteral("regenerate"), QStringLiteral("Generate the databases again even if cached."));
    const QCommandLineOption trato(QStringLiteral("trato"), QStringLiteral("The trato executable (default: beside trato-bench)."),
                                   QStringLiteral("PATH"));
    const QCommandLineOption minimal(QStringLiteral("minimal"),
                                     QStringLiteral("The trato-bench-minimal executable (default: beside trato-bench)."),
                                     QStringLiteral("PATH"));
    const QCommandLineOption check(QStringLiteral("check-targets"), QStringLiteral("Exit with code 2 if a target was missed."));
    const QCommandLineOption listCases(QStringLiteral("list"), QStringLiteral("List the cases and exit."));
    p.addOptions({dataDir, sizes, cases, repeat, seed, json, regenerate, trato, minimal, check, listCases});
    p.process(app);

    options->dataDir = QDir(p.value(dataDir)).absolutePath();
    if (p.isSet(sizes)) {
        options->sizes.clear();
        for (const QString &s : p.value(sizes).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 n = s.trimmed().toLongLong(&ok);
            if (!ok || n < 1 || n > 10000000) {
                std::fprintf(stderr, "trato-bench: bad size '%s' (1 to 10000000 contacts)\n", qUtf8Printable(s));
                return false;
            }
            options->sizes << n;
        }
        if (options->sizes.isEmpty())
            return false;
    }
    for (const QString &c : p.values(cases))
        options->cases << c.split(QLatin1Char(','), Qt::SkipEmptyParts);
    bool ok = false;
    options->repeat = p.value(repeat).toInt(&ok);
    if (!ok || options->repeat < 1) {
        std::fprintf(stderr, "trato-bench: --repeat needs a positive number\n");
        return false;
    }
    options->seed = p.value(seed).toULongLong(&ok);
    if (!ok) {
        std::fprintf(stderr, "trato-bench: --seed needs a number\n");
        return false;
    }
    options->jsonPath = p.value(json);
    options->regenerate = p.isSet(regenerate);
    options->tratoPath = p.value(trato);
    options->minimalPath = p.value(minimal);
    options->checkTargets = p.isSet(check);
    *list = p.isSet(listCases);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "--child") == 0)
        return runChild(argc, argv);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trato-bench"));
    Options options;
    bool list = false;
    if (!parse(app, &options, &list))
        return Usage;

    std::vector<std::unique_ptr<BenchCase>> cases;
    for (auto &c : CaseRegistry::all()) {
        if (list)
            std::printf("%-18s %s\n", qUtf8Printable(c->name()), qUtf8Printable(c->summary()));
        else if (options.cases.isEmpty() || options.cases.contains(c->name()))
            cases.push_back(std::move(c));
    }
    if (list)
        return Ok;
    for (const QString &wanted : options.cases) {
        if (std::none_of(cases.begin(), cases.end(), [&wanted](const auto &c) { return c->name() == wanted; })) {
            std::fprintf(stderr, "trato-bench: unknown case '%s' (see --list)\n", qUtf8Printable(wanted));
            return Usage;
        }
    }

    BenchContext ctx(options);
    const QJsonObject machine = machineInfo();
    QList<Measurement> rows;
    for (auto &c : cases)
        rows << c->run(ctx);
    QDir(ctx.scratchDir()).removeRecursively();

    QTextStream out(stdout);
    printTable(out, machine, ctx, rows);
    if (!options.jsonPath.isEmpty()) {
        QFile f(options.jsonPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "trato-bench: cannot write %s\n", qUtf8Printable(options.jsonPath));
            return CaseFailed;
        }
        f.write(QJsonDocument(toJson(machine, ctx, rows)).toJson());
    }

    const auto has = [&rows](Measurement::Verdict v) {
        return std::any_of(rows.begin(), rows.end(), [v](const Measurement &m) { return m.verdict == v; });
    };
    if (has(Measurement::Verdict::Failed))
        return CaseFailed;
    if (options.checkTargets && has(Measurement::Verdict::Missed))
        return TargetMissed;
    return Ok;
}
