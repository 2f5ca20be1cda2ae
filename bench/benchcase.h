// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "measurement.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace trato::bench {

class BenchContext;

// One benchmark case. A new case is one .cpp file with a BenchCase subclass and a
// TRATO_BENCH_CASE line (plus its name in bench/CMakeLists.txt): the registry finds it, --case
// selects it, the report prints what run() returns.
class BenchCase
{
public:
    virtual ~BenchCase() = default;
    virtual QString name() const = 0;    // the --case NAME, lower-kebab-case
    virtual QString summary() const = 0; // one line for --list
    // Measures at ctx.sizes(); returns the report lines, each against a baseline of the same run.
    virtual QList<Measurement> run(BenchContext &ctx) = 0;

    // Work that needs a fresh process (first paint, RSS): `trato-bench --child NAME ARGS...` calls
    // this with ARGS and prints the returned object as one JSON line. BenchContext::runChild()
    // starts such a process and parses the line.
    virtual bool childNeedsGui() const { return false; }
    virtual int child(const QStringList &args);
};

namespace CaseRegistry {
using Factory = std::function<std::unique_ptr<BenchCase>()>;
// order: position in the report and in runs (cases with a lower order run first).
bool add(int order, Factory factory);
// Every registered case, in order.
std::vector<std::unique_ptr<BenchCase>> all();
std::unique_ptr<BenchCase> create(const QString &name);
} // namespace CaseRegistry

} // namespace trato::bench

// Registers a case class from its own .cpp file.
#define TRATO_BENCH_CASE(Class, order)                                                                   \
    namespace {                                                                                          \
    const bool registered##Class = ::trato::bench::CaseRegistry::add(                                    \
        order, [] { return std::unique_ptr<::trato::bench::BenchCase>(new Class); });                    \
    }
