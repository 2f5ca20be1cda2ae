// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportspage.h"

#include "analytics/period.h"
#include "metadata/registry.h"
#include "printing/printjob.h"
#include "printing/tableprinter.h"
#include "search/filter.h"
#include "store/database.h"
#include "util/background.h"
#include "views/reporttablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMessageBox>
#include <QPieSeries>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <memory>

namespace trato {

// ---------------------------------------------------------------------------------------------
// ReportPreview

ReportPreview::ReportPreview(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_model = new ReportTableModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("reportPreview"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString target = index.data(Qt::UserRole).toString();
        const qsizetype colon = target.indexOf(QLatin1Char(':'));
        if (colon > 0)
            Q_EMIT openRecord(target.left(colon), target.mid(colon + 1));
    });
    m_chartView = new QChartView;
    m_chartView->setObjectName(QStringLiteral("reportChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_tabs->addTab(m_view, tr("Table"));
    m_tabs->addTab(m_chartView, tr("Chart"));
    layout->addWidget(m_tabs);
}

void ReportPreview::clear()
{
    m_model->setTable({});
    m_chartView->setChart(new QChart);
    m_tabs->setTabEnabled(1, false);
}

void ReportPreview::setResult(ReportResult result)
{
    m_model->setTable(std::move(result.table));
    m_view->resizeColumnsToContents();
    auto *chart = new QChart;
    chart->setLocalizeNumbers(true);
    chart->setTitle(result.chartMeasure);
    chart->legend()->setVisible(result.chartType == QLatin1String("pie"));
    const bool hasChart = result.chartType != QLatin1String("none") && !result.chart.isEmpty();
    if (hasChart) {
        if (result.chartType == QLatin1String("pie")) {
            auto *series = new QPieSeries;
            for (const auto &p : result.chart)
                series->append(p.label, p.value);
            chart->addSeries(series);
        } else {
            QStringList categories;
            double top = 0;
            for (const auto &p : result.chart) {
                categories << p.label;
                top = std::max(top, p.value);
            }
            auto *x = new QBarCategoryAxis;
            x->append(categories);
            auto *y = new QValueAxis;
            y->setRange(0, top > 0 ? top * 1.1 : 1);
            y->setLabelFormat(QStringLiteral("%.0f"));
            y->applyNiceNumbers();
            chart->addAxis(x, Qt::AlignBottom);
            chart->addAxis(y, Qt::AlignLeft);
            if (result.chartType == QLatin1String("line")) {
                auto *series = new QLineSeries;
                for (int i = 0; i < result.chart.size(); ++i)
                    series->append(i, result.chart.at(i).value);
                chart->addSeries(series);
                series->attachAxis(y);
                auto *xi = new QValueAxis; // the line runs over the category positions
                xi->setRange(-0.5, result.chart.size() - 0.5);
                xi->setVisible(false);
                chart->addAxis(xi, Qt::AlignBottom);
                series->attachAxis(xi);
            } else {
                auto *set = new QBarSet(result.chartMeasure);
                for (const auto &p : result.chart)
                    *set << p.value;
                auto *series = new QBarSeries;
                series->append(set);
                chart->addSeries(series);
                series->attachAxis(x);
                series->attachAxis(y);
            }
        }
    }
    m_chartView->setChart(chart);
    m_tabs->setTabEnabled(1, hasChart);
}

// ---------------------------------------------------------------------------------------------
// ReportBuilderDialog

namespace {
enum FilterColumn { FilterField, FilterOp, FilterValue };
const QString kPeriodOp = QStringLiteral("period");
} // namespace

ReportBuilderDialog::ReportBuilderDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("reportBuilder"));
    setWindowTitle(tr("Report builder"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("reportName"));
    m_shared = new QCheckBox(tr("Shared with everyone"));
    m_shared->setObjectName(QStringLiteral("reportShared"));
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_shared);
    top->addRow(tr("Name:"), nameRow);
    m_entity = new QComboBox;
    m_entity->setObjectName(QStringLiteral("reportEntity"));
    QList<const Entity *> entities = db.registry()->entities();
    std::sort(entities.begin(), entities.end(), [](const Entity *a, const Entity *b) {
        return a->displayPluralLabel().localeAwareCompare(b->displayPluralLabel()) < 0;
    });
    for (const Entity *e : entities)
        if (!e->embedded)
            m_entity->addItem(e->displayPluralLabel(), e->name);
    top->addRow(tr("Lists:"), m_entity);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal);
    // Left: the fields to choose from (own, then related through each relation).
    auto *fieldsBox = new QGroupBox(tr("Fields"));
    auto *fieldsLayout = new QVBoxLayout(fieldsBox);
    m_available = new QListWidget;
    m_available->setObjectName(QStringLiteral("availableFields"));
    m_available->setSelectionMode(QAbstractItemView::ExtendedSelection);
    fieldsLayout->addWidget(m_available);
    auto *addColumn = new QPushButton(tr("Add as column"));
    addColumn->setObjectName(QStringLiteral("addColumn"));
    auto *addFilter = new QPushButton(tr("Add as filter"));
    addFilter->setObjectName(QStringLiteral("addFilter"));
    auto *fieldButtons = new QHBoxLayout;
    fieldButtons->addWidget(addColumn);
    fieldButtons->addWidget(addFilter);
    fieldsLayout->addLayout(fieldButtons);
    split->addWidget(fieldsBox);

    // Right: columns, filters, grouping and sorting.
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *columnsBox = new QGroupBox(tr("Columns"));
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    m_columns = new QTableWidget(0, 2);
    m_columns->setObjectName(QStringLiteral("reportColumns"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Subtotal")});
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_columns->setMinimumHeight(160);
    columnsLayout->addWidget(m_columns);
    auto *removeColumn = new QPushButton(tr("Remove column"));
    removeColumn->setObjectName(QStringLiteral("removeColumn"));
    columnsLayout->addWidget(removeColumn, 0, Qt::AlignRight);
    rightLayout->addWidget(columnsBox, 3);

    auto *filtersBox = new QGroupBox(tr("Filters (all must match)"));
    auto *filtersLayout = new QVBoxLayout(filtersBox);
    m_filters = new QTableWidget(0, 3);
    m_filters->setObjectName(QStringLiteral("reportFilters"));
    m_filters->setHorizontalHeaderLabels({tr("Field"), tr("Condition"), tr("Value")});
    m_filters->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_filters->verticalHeader()->hide();
    m_filters->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_filters->setMinimumHeight(110);
    filtersLayout->addWidget(m_filters);
    auto *removeFilter = new QPushButton(tr("Remove filter"));
    removeFilter->setObjectName(QStringLiteral("removeFilter"));
    filtersLayout->addWidget(removeFilter, 0, Qt::AlignRight);
    rightLayout->addWidget(filtersBox, 2);

    auto *shapeBox = new QGroupBox(tr("Grouping, sorting and chart"));
    auto *shape = new QFormLayout(shapeBox);
    for (int level = 0; level < 2; ++level) {
        m_group[level] = new QComboBox;
        m_group[level]->setObjectName(QStringLiteral("group%1").arg(level + 1));
        m_groupBy[level] = new QComboBox;
        m_groupBy[level]->setObjectName(QStringLiteral("groupBy%1").arg(level + 1));
        m_groupBy[level]->addItem(tr("by month"), QStringLiteral("month"));
        m_groupBy[level]->addItem(tr("by quarter"), QStringLiteral("quarter"));
        m_groupBy[level]->addItem(tr("by year"), QStringLiteral("year"));
        auto *row = new QHBoxLayout;
        row->addWidget(m_group[level], 1);
        row->addWidget(m_groupBy[level]);
        shape->addRow(level == 0 ? tr("Group by:") : tr("Then by:"), row);
        connect(m_group[level], &QComboBox::currentIndexChanged, this, [this, level] {
            const QString path = m_group[level]->currentData().toString();
            const Entity *e = m_db.registry()->entity(m_entity->currentData().toString());
            auto p = e && !path.isEmpty() ? ReportPaths::resolve(*m_db.registry(), *e, path) : Result<ReportPath>(Error::badInput({}));
            m_groupBy[level]->setEnabled(p && ReportPaths::isDate(*p->field));
        });
    }
    m_sort = new QComboBox;
    m_sort->setObjectName(QStringLiteral("sortField"));
    m_descending = new QCheckBox(tr("Descending"));
    m_descending->setObjectName(QStringLiteral("sortDescending"));
    auto *sortRow = new QHBoxLayout;
    sortRow->addWidget(m_sort, 1);
    sortRow->addWidget(m_descending);
    shape->addRow(tr("Sort by:"), sortRow);
    m_totals = new QCheckBox(tr("Grand totals row"));
    m_totals->setObjectName(QStringLiteral("reportTotals"));
    m_totals->setChecked(true);
    m_chart = new QComboBox;
    m_chart->setObjectName(QStringLiteral("reportChartType"));
    m_chart->addItem(tr("No chart"), QStringLiteral("none"));
    m_chart->addItem(tr("Bars"), QStringLiteral("bar"));
    m_chart->addItem(tr("Line"), QStringLiteral("line"));
    m_chart->addItem(tr("Pie"), QStringLiteral("pie"));
    auto *chartRow = new QHBoxLayout;
    chartRow->addWidget(m_totals);
    chartRow->addStretch();
    chartRow->addWidget(new QLabel(tr("Chart of the first grouping:")));
    chartRow->addWidget(m_chart);
    shape->addRow(chartRow);
    rightLayout->addWidget(shapeBox);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    layout->addWidget(split, 3);

    auto *previewRow = new QHBoxLayout;
    auto *previewButton = new QPushButton(tr("Preview"));
    previewButton->setObjectName(QStringLiteral("previewReport"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("builderStatus"));
    m_status->setWordWrap(true);
    previewRow->addWidget(previewButton);
    previewRow->addWidget(m_status, 1);
    layout->addLayout(previewRow);
    m_preview = new ReportPreview;
    m_preview->clear();
    layout->addWidget(m_preview, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportBuilderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportBuilderDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, &ReportBuilderDialog::runPreview);
    connect(m_entity, &QComboBox::currentIndexChanged, this, [this] {
        m_columns->setRowCount(0);
        m_filters->setRowCount(0);
        fillFieldChoices();
    });
    connect(addColumn, &QPushButton::clicked, this, [this] {
        for (QListWidgetItem *item : m_available->selectedItems())
            this->addColumn(item->data(Qt::UserRole).toString());
    });
    connect(addFilter, &QPushButton::clicked, this, [this] {
        for (QListWidgetItem *item : m_available->selectedItems())
            this->addFilter(item->data(Qt::UserRole).toString(), QString(), QString());
    });
    connect(m_available, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { this->addColumn(item->data(Qt::UserRole).toString()); });
    connect(removeColumn, &QPushButton::clicked, this, [this] {
        if (m_columns->currentRow() >= 0)
            m_columns->removeRow(m_columns->currentRow());
    });
    connect(removeFilter, &QPushButton::clicked, this, [this] {
        if (m_filters->currentRow() >= 0)
            m_filters->removeRow(m_filters->currentRow());
    });
    const int opportunity = m_entity->findData(QStringLiteral("opportunity"));
    m_entity->setCurrentIndex(opportunity >= 0 ? opportunity : 0);
    fillFieldChoices();
    resize(1040, 900);
}

QString ReportBuilderDialog::pathLabel(const QString &path) const
{
    const Entity *e = m_db.registry()->entity(m_entity->currentData().toString());
    if (!e)
        return path;
    auto p = ReportPaths::resolve(*m_db.registry(), *e, path);
    return p ? p->label() : path + QStringLiteral(" ⚠");
}

void ReportBuilderDialog::fillPathCombo(QComboBox *combo, bool withNone) const
{
    const QString current = combo->currentData().toString();
    combo->clear();
    if (withNone)
        combo->addItem(tr("(none)"), QString());
    for (int i = 0; i < m_available->count(); ++i)
        combo->addItem(m_available->item(i)->text(), m_available->item(i)->data(Qt::UserRole));
    const int at = combo->findData(current);
    combo->setCurrentIndex(at >= 0 ? at : 0);
}

void ReportBuilderDialog::fillFieldChoices()
{
    m_available->clear();
    const Entity *e = m_db.registry()->entity(m_entity->currentData().toString());
    if (!e)
        return;
    for (const QString &path : ReportPaths::available(*m_db.registry(), *e)) {
        auto *item = new QListWidgetItem(pathLabel(path));
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        m_available->addItem(item);
    }
    for (int level = 0; level < 2; ++level)
        fillPathCombo(m_group[level], true);
    fillPathCombo(m_sort, true);
}

void ReportBuilderDialog::setEntity(const QString &entity)
{
    const int at = m_entity->findData(entity);
    if (at >= 0 && at != m_entity->currentIndex())
        m_entity->setCurrentIndex(at);
}

void ReportBuilderDialog::addColumn(const QString &path, const QString &aggregate)
{
    const int row = m_columns->rowCount();
    m_columns->insertRow(row);
    auto *item = new QTableWidgetItem(pathLabel(path));
    item->setData(Qt::UserRole, path);
    item->setToolTip(path);
    m_columns->setItem(row, 0, item);
    auto *agg = new QComboBox;
    agg->addItem(QString(), QString());
    agg->addItem(tr("Count"), QStringLiteral("count"));
    const Entity *e = m_db.registry()->entity(m_entity->currentData().toString());
    auto p = e ? ReportPaths::resolve(*m_db.registry(), *e, path) : Result<ReportPath>(Error::badInput({}));
    if (p && ReportPaths::isNumeric(*p->field)) {
        agg->addItem(tr("Sum"), QStringLiteral("sum"));
        agg->addItem(tr("Average"), QStringLiteral("avg"));
    }
    agg->setCurrentIndex(std::max(0, agg->findData(aggregate)));
    m_columns->setCellWidget(row, 1, agg);
}

void ReportBuilderDialog::fillOperators(int row)
{
    auto *field = qobject_cast<QComboBox *>(m_filters->cellWidget(row, FilterField));
    auto *op = qobject_cast<QComboBox *>(m_filters->cellWidget(row, FilterOp));
    if (!field || !op)
        return;
    const QString keep = op->currentData().toString();
    op->clear();
    const Entity *e = m_db.registry()->entity(m_entity->currentData().toString());
    auto p = e ? ReportPaths::resolve(*m_db.registry(), *e, field->currentData().toString()) : Result<ReportPath>(Error::badInput({}));
    if (!p)
        return;
    if (ReportPaths::isDate(*p->field))
        op->addItem(tr("is in the period"), kPeriodOp);
    QList<Condition::Op> ops = Filter::operatorsFor(*p->field);
    for (Condition::Op o : {Condition::NotEquals, Condition::Equals})
        if (!ops.contains(o))
            ops.prepend(o);
    for (Condition::Op o : ops)
        op->addItem(Filter::opLabel(o), Filter::opKey(o));
    op->setCurrentIndex(std::max(0, op->findData(keep)));
}

void ReportBuilderDialog::addFilter(const QString &path, const QString &opKey, const QString &value)
{
    const int row = m_filters->rowCount();
    m_filters->insertRow(row);
    auto *field = new QComboBox;
    fillPathCombo(field, false);
    field->setCurrentIndex(std::max(0, field->findData(path)));
    auto *op = new QComboBox;
    auto *val = new QComboBox;
    val->setEditable(true);
    m_filters->setCellWidget(row, FilterField, field);
    m_filters->setCellWidget(row, FilterOp, op);
    m_filters->setCellWidget(row, FilterValue, val);
    auto rowOf = [this, field] {
        for (int r = 0; r < m_filters->rowCount(); ++r)
            if (m_filters->cellWidget(r, FilterField) == field)
                return r;
        return -1;
    };
    // A period: the relative periods to choose from; anything else: free text.
    auto fillValues = [op, val] {
        const QString text = val->currentText();
        val->clear();
        if (op->currentData().toString() == kPeriodOp)
            for (const QString &key : Period::keys())
                val->addItem(Period::label(key), key);
        val->setEditText(text);
        if (op->currentData().toString() == kPeriodOp) {
            const int at = val->findData(text);
            val->setCurrentIndex(at >= 0 ? at : 0);
        }
    };
    connect(field, &QComboBox::currentIndexChanged, this, [this, rowOf] { fillOperators(rowOf()); });
    connect(op, &QComboBox::currentIndexChanged, this, fillValues);
    fillOperators(row);
    if (!opKey.isEmpty())
        op->setCurrentIndex(std::max(0, op->findData(opKey)));
    fillValues();
    if (op->currentData().toString() == kPeriodOp) {
        const int at = val->findData(value);
        if (at >= 0)
            val->setCurrentIndex(at);
        else if (!value.isEmpty())
            val->setEditText(value);
    } else {
        val->setEditText(value);
    }
}

void ReportBuilderDialog::setGroup(int level, const QString &path, const QString &by)
{
    if (level < 0 || level > 1)
        return;
    m_group[level]->setCurrentIndex(std::max(0, m_group[level]->findData(path)));
    m_groupBy[level]->setCurrentIndex(std::max(0, m_groupBy[level]->findData(by.isEmpty() ? QStringLiteral("month") : by)));
}

void ReportBuilderDialog::setSort(const QString &path, bool descending)
{
    m_sort->setCurrentIndex(std::max(0, m_sort->findData(path)));
    m_descending->setChecked(descending);
}

void ReportBuilderDialog::setDefinition(const ReportDefinition &d)
{
    setEntity(d.entity);
    m_columns->setRowCount(0);
    m_filters->setRowCount(0);
    for (const auto &c : d.columns)
        addColumn(c.field, c.aggregate);
    for (const auto &f : d.filters)
        addFilter(f.field, f.op, f.value);
    for (int level = 0; level < 2; ++level)
        setGroup(level, d.groups.value(level).field, d.groups.value(level).by);
    setSort(d.sort.value(0).field, d.sort.value(0).descending);
    m_totals->setChecked(d.totals);
    m_chart->setCurrentIndex(std::max(0, m_chart->findData(d.chart)));
}

ReportDefinition ReportBuilderDialog::definition() const
{
    ReportDefinition d;
    d.entity = m_entity->currentData().toString();
    for (int r = 0; r < m_columns->rowCount(); ++r) {
        auto *agg = qobject_cast<QComboBox *>(m_columns->cellWidget(r, 1));
        d.columns << ReportColumn{m_columns->item(r, 0)->data(Qt::UserRole).toString(), QString(), agg ? agg->currentData().toString() : QString()};
    }
    for (int r = 0; r < m_filters->rowCount(); ++r) {
        auto *field = qobject_cast<QComboBox *>(m_filters->cellWidget(r, FilterField));
        auto *op = qobject_cast<QComboBox *>(m_filters->cellWidget(r, FilterOp));
        auto *val = qobject_cast<QComboBox *>(m_filters->cellWidget(r, FilterValue));
        if (!field || !op || !val)
            continue;
        QString value = val->currentText();
        if (op->currentData().toString() == kPeriodOp && val->currentIndex() >= 0 && val->itemText(val->currentIndex()) == value)
            value = val->currentData().toString();
        d.filters << ReportFilter{field->currentData().toString(), op->currentData().toString(), value};
    }
    for (int level = 0; level < 2; ++level) {
        const QString path = m_group[level]->currentData().toString();
        if (path.isEmpty())
            continue;
        d.groups << ReportGroup{path, m_groupBy[level]->isEnabled() ? m_groupBy[level]->currentData().toString() : QString()};
    }
    if (!m_sort->currentData().toString().isEmpty())
        d.sort << ReportSort{m_sort->currentData().toString(), m_descending->isChecked()};
    d.totals = m_totals->isChecked();
    d.chart = m_chart->currentData().toString();
    return d;
}

void ReportBuilderDialog::setName(const QString &name) { m_name->setText(name); }
QString ReportBuilderDialog::name() const { return m_name->text().trimmed(); }
void ReportBuilderDialog::setShared(bool shared) { m_shared->setChecked(shared); }
bool ReportBuilderDialog::shared() const { return m_shared->isChecked(); }

void ReportBuilderDialog::runPreview()
{
    const ReportDefinition d = definition();
    if (const auto problems = d.problems(*m_db.registry()); !problems.isEmpty()) {
        m_status->setText(ReportDefinition::describe(problems));
        m_preview->clear();
        Q_EMIT previewReady();
        return;
    }
    const int generation = ++m_generation;
    ReportRunOptions o;
    o.today = m_today;
    o.title = name();
    m_status->setText(tr("Running…"));
    runInBackground(
        m_db, this, [d, o](Database &db) { return ReportEngine::run(db, d, o); },
        [this, generation](Result<ReportResult> r) {
            if (generation != m_generation)
                return;
            if (!r) {
                m_status->setText(r.error().message);
                m_preview->clear();
            } else {
                m_status->setText(tr("%n rows", nullptr, int(r->dataRows)));
                m_preview->setResult(std::move(r.value()));
            }
            Q_EMIT previewReady();
        });
}

void ReportBuilderDialog::accept()
{
    if (name().isEmpty()) {
        m_status->setText(tr("The report needs a name."));
        m_name->setFocus();
        return;
    }
    if (const auto problems = definition().problems(*m_db.registry()); !problems.isEmpty()) {
        m_status->setText(ReportDefinition::describe(problems));
        return;
    }
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------
// ReportsPage

ReportsPage::ReportsPage(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("reportsPage"));
    setWindowTitle(tr("Reports"));
    auto *layout = new QHBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal);
    layout->addWidget(split);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Saved reports (yours and shared)")));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("savedReports"));
    leftLayout->addWidget(m_list, 1);
    auto *manage = new QGridLayout;
    auto button = [this](const char *name, const QString &text) {
        auto *b = new QPushButton(text);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    auto *newButton = button("newReport", tr("New…"));
    auto *editButton = button("editReport", tr("Edit…"));
    auto *dupButton = button("duplicateReport", tr("Duplicate…"));
    auto *renameButton = button("renameReport", tr("Rename…"));
    auto *deleteButton = button("deleteReport", tr("Delete"));
    manage->addWidget(newButton, 0, 0);
    manage->addWidget(editButton, 0, 1);
    manage->addWidget(dupButton, 1, 0);
    manage->addWidget(renameButton, 1, 1);
    manage->addWidget(deleteButton, 2, 1);
    leftLayout->addLayout(manage);
    split->addWidget(left);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_info = new QLabel;
    m_info->setObjectName(QStringLiteral("reportInfo"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_info->setMinimumHeight(m_info->fontMetrics().lineSpacing() * 5); // name, last run, problems
    rightLayout->addWidget(m_info);
    auto *actions = new QHBoxLayout;
    auto *runButton = button("runReport", tr("Run"));
    auto *printButton = button("printReport", tr("Print…"));
    auto *pdfButton = button("exportPdf", tr("Export PDF…"));
    auto *csvButton = button("exportCsv", tr("Export CSV…"));
    for (QPushButton *b : {runButton, printButton, pdfButton, csvButton})
        actions->addWidget(b);
    actions->addStretch();
    rightLayout->addLayout(actions);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    rightLayout->addWidget(m_status);
    m_preview = new ReportPreview;
    m_preview->clear();
    rightLayout->addWidget(m_preview, 1);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    m_actions = {editButton, dupButton, renameButton, deleteButton, runButton};

    connect(newButton, &QPushButton::clicked, this, &ReportsPage::newReport);
    connect(editButton, &QPushButton::clicked, this, &ReportsPage::editReport);
    connect(dupButton, &QPushButton::clicked, this, &ReportsPage::duplicateReport);
    connect(renameButton, &QPushButton::clicked, this, &ReportsPage::renameReport);
    connect(deleteButton, &QPushButton::clicked, this, &ReportsPage::deleteReport);
    connect(runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(printButton, &QPushButton::clicked, this, &ReportsPage::printPreview);
    connect(pdfButton, &QPushButton::clicked, this, [this] { exportPdf(); });
    connect(csvButton, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ReportsPage::showSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { run(); });
    connect(m_preview, &ReportPreview::openRecord, this, &ReportsPage::openRecord);
    connect(&db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (entity == QLatin1String("report"))
            reload();
    });
    connect(db.registry(), &Registry::entityChanged, this, &ReportsPage::reload);
    reload();
}

const SavedReport *ReportsPage::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_reports.size() ? &m_reports.at(row) : nullptr;
}

QString ReportsPage::currentId() const
{
    const SavedReport *r = selected();
    return r ? r->id : QString();
}

bool ReportsPage::selectReport(const QString &name)
{
    for (int i = 0; i < m_reports.size(); ++i)
        if (m_reports.at(i).name == name) {
            m_list->setCurrentRow(i);
            return true;
        }
    return false;
}

void ReportsPage::reload()
{
    const QString keep = currentId();
    // Validation and the list read every saved report: on a worker.
    runInBackground(
        m_db, this, [](Database &db) { return ReportService::list(db); },
        [this, keep](Result<QList<SavedReport>> r) {
            if (!r) {
                m_status->setText(r.error().message);
                return;
            }
            m_reports = r.value();
            QSignalBlocker block(m_list);
            m_list->clear();
            int select = m_reports.isEmpty() ? -1 : 0;
            for (int i = 0; i < m_reports.size(); ++i) {
                const SavedReport &s = m_reports.at(i);
                QString text = s.name;
                if (s.shared)
                    text += QStringLiteral("  ·  ") + (s.owner == m_db.user() ? tr("shared") : tr("shared by %1").arg(s.owner));
                auto *item = new QListWidgetItem(s.problems.isEmpty() ? text : QStringLiteral("⚠ ") + text);
                item->setToolTip(s.problems.isEmpty() ? s.description : s.problems);
                if (!s.problems.isEmpty())
                    item->setForeground(QColor(170, 90, 0));
                m_list->addItem(item);
                if (s.id == keep)
                    select = i;
            }
            m_list->setCurrentRow(select);
            block.unblock();
            showSelected();
            Q_EMIT reportsLoaded();
        });
}

void ReportsPage::showSelected()
{
    const SavedReport *r = selected();
    const bool own = r && r->owner == m_db.user();
    for (QPushButton *b : m_actions)
        b->setEnabled(r != nullptr);
    if (m_actions.size() == 5) {
        m_actions.at(0)->setEnabled(own);
        m_actions.at(2)->setEnabled(own);
        m_actions.at(3)->setEnabled(own);
    }
    if (!r) {
        m_info->setText(tr("No report yet: New… builds one."));
        return;
    }
    const Entity *e = m_db.registry()->entity(r->entity);
    QString info = tr("%1 — lists %2, by %3%4")
                       .arg(r->name, e ? e->displayPluralLabel() : r->entity, r->owner, r->shared ? tr(", shared") : QString());
    if (!r->lastRunAt.isEmpty())
        info += QLatin1Char('\n') + tr("Last run: %1").arg(QDateTime::fromString(r->lastRunAt, Qt::ISODate).toLocalTime().toString(Qt::TextDate));
    if (!r->problems.isEmpty())
        info += QLatin1Char('\n') + tr("⚠ This report refers to fields that no longer exist:") + QLatin1Char('\n') + r->problems;
    m_info->setText(info);
}

void ReportsPage::setBusy(bool busy)
{
    for (QPushButton *b : m_actions)
        b->setEnabled(!busy && selected());
    if (!busy)
        showSelected();
}

void ReportsPage::newReport()
{
    ReportBuilderDialog dialog(m_db, this);
    dialog.setToday(m_today);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto id = ReportService::save(m_db, dialog.name(), dialog.definition(), dialog.shared());
    if (!id) {
        QMessageBox::warning(this, tr("Report not saved"), id.error().message);
        return;
    }
    reload();
}

void ReportsPage::editReport()
{
    const SavedReport *r = selected();
    if (!r)
        return;
    auto def = ReportDefinition::fromJsonText(r->definitionText);
    if (!def) {
        QMessageBox::warning(this, tr("Report"), def.error().message);
        return;
    }
    const SavedReport report = *r;
    ReportBuilderDialog dialog(m_db, this);
    dialog.setToday(m_today);
    dialog.setName(report.name);
    dialog.setShared(report.shared);
    dialog.setDefinition(def.value());
    if (dialog.exec() != QDialog::Accepted)
        return;
    Status s = ReportService::update(m_db, report.id, dialog.definition(), dialog.shared());
    if (s && dialog.name() != report.name)
        s = ReportService::rename(m_db, report.id, dialog.name());
    if (!s)
        QMessageBox::warning(this, tr("Report not saved"), s.error().message);
    reload();
}

void ReportsPage::duplicateReport()
{
    const SavedReport *r = selected();
    if (!r)
        return;
    const QString id = r->id;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Duplicate report"), tr("Name of the copy:"), QLineEdit::Normal,
                                               tr("%1 (copy)").arg(r->name), &ok);
    if (!ok)
        return;
    auto created = ReportService::duplicate(m_db, id, name);
    if (!created)
        QMessageBox::warning(this, tr("Report not duplicated"), created.error().message);
    reload();
}

void ReportsPage::renameReport()
{
    const SavedReport *r = selected();
    if (!r)
        return;
    const QString id = r->id;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename report"), tr("New name:"), QLineEdit::Normal, r->name, &ok);
    if (!ok)
        return;
    if (Status s = ReportService::rename(m_db, id, name); !s)
        QMessageBox::warning(this, tr("Report not renamed"), s.error().message);
    reload();
}

void ReportsPage::deleteReport()
{
    const SavedReport *r = selected();
    if (!r)
        return;
    const QString id = r->id;
    if (QMessageBox::question(this, tr("Delete report"), tr("Move the report \"%1\" to the Trash?").arg(r->name)) != QMessageBox::Yes)
        return;
    if (Status s = ReportService::remove(m_db, id); !s)
        QMessageBox::warning(this, tr("Report not deleted"), s.error().message);
    reload();
}

void ReportsPage::run(bool dropBroken)
{
    const SavedReport *r = selected();
    if (!r)
        return;
    if (!r->problems.isEmpty() && !dropBroken) {
        // Explain; offer to run without the broken parts (the saved report stays as it is).
        QMessageBox box(QMessageBox::Warning, tr("Report with broken references"),
                        tr("The report \"%1\" cannot run as saved:\n%2").arg(r->name, r->problems), QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("brokenReportBox"));
        QPushButton *drop = box.addButton(tr("Run without them"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() != drop)
            return;
        dropBroken = true;
    }
    const SavedReport report = *r;
    const int generation = ++m_generation;
    ReportRunOptions o;
    o.today = m_today;
    o.dropBroken = dropBroken;
    m_status->setText(tr("Running…"));
    setBusy(true);
    runInBackground(
        m_db, this, [report, o](Database &db) { return ReportService::run(db, report, o); },
        [this, generation](Result<ReportResult> result) {
            if (generation != m_generation)
                return;
            setBusy(false);
            if (!result) {
                m_preview->clear();
                m_status->setText(result.error().message);
            } else {
                m_status->setText(tr("%n rows", nullptr, int(result->dataRows))
                                  + (result->table.filters.isEmpty() ? QString() : QStringLiteral(" · ") + result->table.filters));
                m_preview->setResult(std::move(result.value()));
            }
            Q_EMIT reportRan(result.ok());
        });
}

void ReportsPage::printPreview()
{
    const ReportTable table = m_preview->model()->table();
    if (table.columnCount() == 0) {
        m_status->setText(tr("Run the report first."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(table.columnCount() > 6 ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [table](QPrinter *p) { TablePrinter(table).paint(p); });
    dialog.exec();
}

void ReportsPage::exportPdf(const QString &chosen)
{
    const ReportTable table = m_preview->model()->table();
    if (table.columnCount() == 0) {
        m_status->setText(tr("Run the report first."));
        return;
    }
    QString path = chosen;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export PDF"), table.title + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    setBusy(true);
    // QPdfWriter and QPainter run on the worker; PrintJob shows the progress and Cancel.
    auto *job = PrintJob::toPdf(this, m_db, table.title, path, [table, path](Database &, const TablePrinter::Progress &progress) {
        return TablePrinter::writePdf(table, path, progress);
    });
    connect(job, &PrintJob::finished, this, [this, path](bool ok, const QString &message) {
        setBusy(false);
        m_status->setText(message);
        Q_EMIT exported(path, ok);
    });
}

void ReportsPage::exportCsv(const QString &chosen)
{
    const ReportTable shown = m_preview->model()->table();
    const SavedReport *r = selected();
    if (shown.columnCount() == 0 || !r) {
        m_status->setText(tr("Run the report first."));
        return;
    }
    QString path = chosen;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export CSV"), shown.title + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // CSV carries locale-independent values (ISO dates, "1234.50"): run again for it on the worker.
    const SavedReport report = *r;
    ReportRunOptions o;
    o.today = m_today;
    o.plainValues = true;
    o.dropBroken = true;
    setBusy(true);
    runInBackground(
        m_db, this,
        [report, o, path](Database &db) -> Status {
            auto result = ReportService::run(db, report, o);
            if (!result)
                return result.error();
            return ReportEngine::writeCsv(result->table, path);
        },
        [this, path](Status s) {
            setBusy(false);
            m_status->setText(s ? tr("Saved %1").arg(path) : s.error().message);
            Q_EMIT exported(path, bool(s));
        });
}

QWidget *createReportsPage(Database &db)
{
    return new ReportsPage(db);
}

} // namespace trato
