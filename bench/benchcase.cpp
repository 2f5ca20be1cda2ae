// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcase.h"

#include <algorithm>
#include <cstdio>

namespace trato::bench {

int BenchCase::child(const QStringList &)
{
    std::fprintf(stderr, "trato-bench: case %s has no child mode\n", qUtf8Printable(name()));
    return 1;
}

namespace CaseRegistry {

namespace {
struct Entry
{
    int order;
    Factory factory;
};

// A function-local static: registrations run during static initialisation of other files.
std::vector<Entry> &entries()
{
    static std::vector<Entry> list;
    return list;
}
} // namespace

bool add(int order, Factory factory)
{
    entries().push_back({order, std::move(factory)});
    return true;
}

std::vector<std::unique_ptr<BenchCase>> all()
{
    std::vector<Entry> sorted = entries();
    std::stable_sort(sorted.begin(), sorted.end(), [](const Entry &a, const Entry &b) { return a.order < b.order; });
    std::vector<std::unique_ptr<BenchCase>> out;
    for (const Entry &e : sorted)
        out.push_back(e.factory());
    return out;
}

std::unique_ptr<BenchCase> create(const QString &name)
{
    for (auto &c : all())
        if (c->name() == name)
            return std::move(c);
    return nullptr;
}

} // namespace CaseRegistry

} // namespace trato::bench
