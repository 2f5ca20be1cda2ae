// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchcontext.h"
#include "measurement.h"

#include <QJsonObject>
#include <QTextStream>

namespace trato::bench {

// /proc/loadavg's 1, 5 and 15 minute figures: other work on the machine skews every timing.
QString loadAverage();

// What the figures were measured on: CPU, cores, memory, OS, Qt, SQLite, Qt platform, build
// type, load average. Call it before the cases run.
QJsonObject machineInfo();

// The human report: a header with the machine and the run's settings, then one aligned table row
// per measurement (value, baseline, ratio, target, verdict) and the notes below it.
void printTable(QTextStream &out, const QJsonObject &machine, const BenchContext &ctx, const QList<Measurement> &rows);

// The same for machines: {"machine": {...}, "settings": {...}, "measurements": [...]}.
QJsonObject toJson(const QJsonObject &machine, const BenchContext &ctx, const QList<Measurement> &rows);

} // namespace trato::bench
