// SPDX-License-Identifier: GPL-3.0-or-later
#include "linesview.h"

#include "inventory/configuredialog.h"
#include "metadata/registry.h"
#include "metadata/value.h"
#include "sales/salesdocs.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "util/background.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trato {

namespace {

const char *kFieldOfColumn[] = {nullptr, nullptr, "description", "quantity", "unit_price", "discount_percent", "tax_rate", nullptr};

QString percentText(int basisPoints, const QLocale &locale)
{
    return locale.toString(basisPoints / 100.0, 'g', 6);
}

QString money(qint64 cents, const QLocale &locale)
{
    const Field f = Field::make("amount", FieldType::Money, "Amount");
    return Value::display(f, qlonglong(cents), locale);
}

QString quantityText(qint64 milli, const QLocale &locale)
{
    const Field f = Field::make("quantity", FieldType::Quantity, "Quantity");
    return Value::display(f, qlonglong(milli), locale);
}

QTableWidgetItem *cell(const QString &text, bool editable, bool number = false)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

} // namespace

LinesView::LinesView(Database &db, const QString &entity, QWidget *parent)
    : RecordViewPart(parent), m_db(db), m_entity(entity), m_note(new QLabel), m_error(new QLabel), m_search(new QLineEdit),
      m_completions(new QStringListModel(this)), m_completer(new QCompleter(this)), m_add(new QPushButton(tr("Add product"))),
      m_addText(new QPushButton(tr("Add text line"))), m_configure(new QPushButton(tr("Configure…"))),
      m_up(new QPushButton(tr("Move up"))), m_down(new QPushButton(tr("Move down"))), m_delete(new QPushButton(tr("Delete line"))),
      m_table(new QTableWidget(0, 8)), m_breakdown(new QLabel), m_total(new QLabel)
{
    setWindowTitle(tr("Lines"));
    setObjectName(QStringLiteral("linesView"));
    m_note->setObjectName(QStringLiteral("linesNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    m_error->setObjectName(QStringLiteral("linesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link-visited);"));
    m_error->hide();

    m_search->setObjectName(QStringLiteral("linesSearch"));
    m_search->setPlaceholderText(tr("Product SKU or name, service code or name…"));
    m_search->setAccessibleName(tr("Product or service to add"));
    m_search->setClearButtonEnabled(true);
    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_search->setCompleter(m_completer);
    m_add->setObjectName(QStringLiteral("linesAdd"));
    m_add->setToolTip(tr("Add the product or service named in the search field as the last line"));
    m_addText->setObjectName(QStringLiteral("linesAddText"));
    m_configure->setObjectName(QStringLiteral("linesConfigure"));
    m_configure->setToolTip(tr("Choose the options of the selected configurable product"));
    m_up->setObjectName(QStringLiteral("linesUp"));
    m_down->setObjectName(QStringLiteral("linesDown"));
    m_delete->setObjectName(QStringLiteral("linesDelete"));

    m_table->setObjectName(QStringLiteral("linesTable"));
    m_table->setAccessibleName(tr("Document lines"));
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Item"), tr("Description"), tr("Quantity"), tr("Unit price"), tr("Discount %"),
                                        tr("Tax %"), tr("Net")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_breakdown->setObjectName(QStringLiteral("linesBreakdown"));
    m_breakdown->setTextFormat(Qt::RichText);
    m_breakdown->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_total->setObjectName(QStringLiteral("linesTotal"));
    m_total->setAlignment(Qt::AlignRight);
    QFont bold = m_total->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_total->setFont(bold);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_search, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_addText);
    addRow->addSpacing(12);
    addRow->addWidget(m_configure);
    addRow->addWidget(m_up);
    addRow->addWidget(m_down);
    addRow->addWidget(m_delete);
    auto *totals = new QVBoxLayout;
    totals->addWidget(m_breakdown);
    totals->addWidget(m_total);
    auto *totalsRow = new QHBoxLayout;
    totalsRow->addStretch(1);
    totalsRow->addLayout(totals);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(addRow);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(totalsRow);

    connect(m_search, &QLineEdit::textEdited, this, &LinesView::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter on an open completion list is the completer's (activated, below): add once.
        if (!m_completer->popup()->isVisible())
            addFromSearch();
    });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        m_search->setText(text);
        // The line edit puts the completion back after this signal: clear it once that is done.
        if (addFromSearch())
            QMetaObject::invokeMethod(m_search, &QLineEdit::clear, Qt::QueuedConnection);
    });
    connect(m_add, &QPushButton::clicked, this, [this] { addFromSearch(); });
    connect(m_addText, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, tr("Add text line"), tr("Text of the line:"), QString(), &ok);
        if (ok)
            addTextLine(text);
    });
    connect(m_configure, &QPushButton::clicked, this, [this] { configureCurrent(); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCurrent(); });
    connect(m_table, &QTableWidget::itemChanged, this, &LinesView::cellEdited);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LinesView::updateButtons);
    connect(&m_db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (!m_filling && (entity == QLatin1String("sales_line") || entity == m_entity))
            reload();
    });
    setRecordId(QString());
}

void LinesView::setRecordId(const QString &id)
{
    m_id = id;
    m_error->hide();
    m_search->clear();
    reload();
}

int LinesView::completionCount() const
{
    return m_completions->rowCount();
}

void LinesView::reload()
{
    const QString selected = currentLine();
    const QLocale locale;
    m_filling = true;
    m_table->setRowCount(0);
    m_lines.clear();
    DocumentLines dl(m_db);
    QString problem;
    if (m_id.isEmpty()) {
        m_header = DocumentHeader();
        m_readOnly = true;
        m_note->setText(tr("Save the document to add its lines."));
        m_note->show();
    } else {
        // One document's lines through the line's document index: small and indexed, read here.
        auto h = dl.header(m_entity, m_id);
        auto ls = h ? dl.lines(m_entity, m_id) : Result<QList<DocumentLine>>(h.error());
        if (!h || !ls) {
            problem = !h ? h.error().message : ls.error().message;
            m_readOnly = true;
        } else {
            m_header = h.value();
            m_lines = ls.value();
            m_readOnly = !m_header.editable;
        }
        if (!problem.isEmpty()) {
            m_note->setText(tr("Could not read the lines: %1").arg(problem));
            m_note->show();
        } else if (m_readOnly) {
            const Entity *e = m_db.registry()->entity(m_entity);
            const Field *status = e ? e->field(QStringLiteral("status")) : nullptr;
            const QString statusText = status ? status->optionLabel(m_header.status) : m_header.status;
            m_note->setText(m_entity == QLatin1String("invoice")
                                ? tr("This invoice is %1: its lines can no longer change. Correct it with a credit note.").arg(statusText.toLower())
                                : tr("This document is %1: its lines can no longer change.").arg(statusText.toLower()));
            m_note->show();
        } else {
            m_note->hide();
        }
    }
    for (const DocumentLine &l : m_lines) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const bool text = l.kind == QLatin1String("text");
        const bool edit = !m_readOnly;
        auto *pos = cell(QString::number(l.position), false, true);
        pos->setData(Qt::UserRole, l.id);
        m_table->setItem(r, PositionColumn, pos);
        QString item = text ? tr("Text") : l.itemCode.isEmpty() ? l.itemName : l.itemCode + QStringLiteral(" — ") + l.itemName;
        if (l.configurable && l.configuration.isEmpty())
            item += QStringLiteral(" ") + tr("(not configured)");
        m_table->setItem(r, ItemColumn, cell(item, false));
        m_table->setItem(r, DescriptionColumn, cell(l.description, edit));
        if (text) {
            for (int c = QuantityColumn; c <= NetColumn; ++c)
                m_table->setItem(r, c, cell(QString(), false));
            continue;
        }
        m_table->setItem(r, QuantityColumn, cell(quantityText(l.quantity, locale), edit, true));
        // A configured price comes from the options: it changes through Configure…
        m_table->setItem(r, PriceColumn, cell(money(l.unitPrice, locale), edit && l.configuration.isEmpty(), true));
        m_table->setItem(r, DiscountColumn, cell(percentText(l.discountBp, locale), edit, true));
        m_table->setItem(r, TaxColumn, cell(percentText(l.taxBp, locale), edit, true));
        m_table->setItem(r, NetColumn, cell(money(DocumentCalc::line(l.calc()).net, locale), false, true));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);

    // Totals: DocumentCalc over the lines as they are, the header's shipping and adjustment.
    if (m_id.isEmpty() || !problem.isEmpty()) {
        m_breakdown->clear();
        m_total->clear();
    } else {
        const DocumentTotals t = DocumentLines::totals(m_header, m_lines);
        QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
        auto row = [&html](const QString &label, const QString &value) {
            html += QStringLiteral("<tr><td align='right'>%1</td><td width='12'></td><td align='right'>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
        };
        row(tr("Subtotal"), money(t.subtotal, locale));
        if (t.discountTotal != 0)
            row(tr("Discounts"), money(-t.discountTotal, locale));
        for (const TaxBucket &b : t.breakdown) {
            row(tr("Tax %1 % on %2").arg(percentText(b.taxBp, locale), money(b.base, locale)), money(b.tax, locale));
            if (b.surchargeBp != 0)
                row(tr("Surcharge %1 % on %2").arg(percentText(b.surchargeBp, locale), money(b.base, locale)), money(b.surcharge, locale));
        }
        if (t.shipping != 0)
            row(tr("Shipping"), money(t.shipping, locale));
        if (t.adjustment != 0)
            row(tr("Adjustment"), money(t.adjustment, locale));
        html += QStringLiteral("</table>");
        m_breakdown->setText(html);
        m_total->setText(tr("Total: %1").arg(money(t.total, locale)));
    }

    m_search->setEnabled(!m_readOnly);
    m_add->setEnabled(!m_readOnly);
    m_addText->setEnabled(!m_readOnly);
    m_filling = false;
    selectLine(selected);
    updateButtons();
}

void LinesView::selectLine(const QString &id)
{
    if (id.isEmpty())
        return;
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, PositionColumn)->data(Qt::UserRole).toString() == id) {
            m_table->selectRow(r);
            return;
        }
}

QString LinesView::currentLine() const
{
    const int r = m_table->currentRow();
    if (r < 0 || !m_table->item(r, PositionColumn) || m_table->selectedItems().isEmpty())
        return {};
    return m_table->item(r, PositionColumn)->data(Qt::UserRole).toString();
}

void LinesView::updateButtons()
{
    const int r = m_table->currentRow();
    const bool has = !m_readOnly && !currentLine().isEmpty();
    m_up->setEnabled(has && r > 0);
    m_down->setEnabled(has && r < m_table->rowCount() - 1);
    m_delete->setEnabled(has);
    m_configure->setEnabled(has && r >= 0 && r < m_lines.size() && m_lines.at(r).configurable);
}

void LinesView::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        Q_EMIT message(text);
}

void LinesView::search(const QString &text)
{
    const int generation = ++m_searchGeneration;
    if (text.trimmed().size() < 1) {
        m_matches.clear();
        m_completions->setStringList({});
        return;
    }
    runInteractive(
        m_db, this, [text](Database &db) { return DocumentLines(db).findItems(text, 20); },
        [this, generation](Result<QList<ItemMatch>> r) {
            if (generation != m_searchGeneration)
                return;
            m_matches = r ? r.value() : QList<ItemMatch>();
            QStringList labels;
            for (const ItemMatch &m : std::as_const(m_matches))
                labels << m.label();
            m_completions->setStringList(labels);
            if (!labels.isEmpty() && m_search->hasFocus())
                m_completer->complete();
            Q_EMIT completionsReady();
        });
}

bool LinesView::addFromSearch()
{
    const QString text = m_search->text().trimmed();
    if (m_readOnly || m_id.isEmpty())
        return false;
    if (text.isEmpty()) {
        showError(tr("Type a product's SKU or name, or a service's code or name, then Add."));
        return false;
    }
    DocumentLines dl(m_db);
    Result<QString> added = Error::badInput(QString());
    bool matched = false;
    for (const ItemMatch &m : std::as_const(m_matches))
        if (m.label() == text) {
            added = dl.addItem(m_entity, m_id, m.entity, m.id);
            matched = true;
            break;
        }
    if (!matched)
        added = dl.addItemByText(m_entity, m_id, text);
    if (!added) {
        showError(added.error().message);
        return false;
    }
    showError(QString());
    m_search->clear();
    reload();
    selectLine(added.value());
    return true;
}

bool LinesView::addTextLine(const QString &text)
{
    auto added = DocumentLines(m_db).addText(m_entity, m_id, text);
    if (!added) {
        showError(added.error().message);
        return false;
    }
    showError(QString());
    reload();
    selectLine(added.value());
    return true;
}

bool LinesView::configureCurrent()
{
    const QString line = currentLine();
    const int r = m_table->currentRow();
    if (line.isEmpty() || r < 0 || r >= m_lines.size() || !m_lines.at(r).configurable)
        return false;
    const DocumentLine l = m_lines.at(r);
    const QString json = ConfigureDialog::configure(m_db, l.product, l.configuration, this);
    if (json.isEmpty())
        return false;
    if (Status s = DocumentLines(m_db).configure(m_entity, m_id, line, json); !s) {
        showError(s.error().message);
        reload();
        return false;
    }
    showError(QString());
    reload();
    selectLine(line);
    return true;
}

bool LinesView::moveCurrent(int delta)
{
    const QString line = currentLine();
    if (line.isEmpty())
        return false;
    if (Status s = DocumentLines(m_db).move(m_entity, m_id, line, delta); !s) {
        showError(s.error().message);
        return false;
    }
    showError(QString());
    reload();
    selectLine(line);
    return true;
}

bool LinesView::deleteCurrent()
{
    const QString line = currentLine();
    if (line.isEmpty())
        return false;
    if (Status s = DocumentLines(m_db).remove(m_entity, m_id, line); !s) {
        showError(s.error().message);
        return false;
    }
    showError(QString());
    reload();
    return true;
}

void LinesView::cellEdited(QTableWidgetItem *item)
{
    if (m_filling || !item)
        return;
    const int column = item->column();
    const char *field = column >= 0 && column < int(std::size(kFieldOfColumn)) ? kFieldOfColumn[column] : nullptr;
    QTableWidgetItem *pos = m_table->item(item->row(), PositionColumn);
    if (!field || !pos)
        return;
    const QString line = pos->data(Qt::UserRole).toString();
    RecordStore store(m_db);
    const QString name = QString::fromLatin1(field);
    QString error;
    auto parsed = store.parseInput(QStringLiteral("sales_line"), {{name, item->text()}});
    if (!parsed) {
        error = parsed.error().message;
    } else {
        const Status s = store.update(QStringLiteral("sales_line"), line, parsed.value());
        if (!s)
            error = s.error().message;
    }
    showError(error);
    // Back to what is stored: the edited value, or the old one after a refusal (queued: this item
    // is the one emitting).
    QMetaObject::invokeMethod(this, [this, line] {
        reload();
        selectLine(line);
    }, Qt::QueuedConnection);
}

void registerLinesViews()
{
    for (const QString &entity : SalesDocs::documentEntities())
        RecordViewExtensions::add(entity, RecordViewExtensions::Place::Tab, [entity](Database &db) { return new LinesView(db, entity); });
}

} // namespace trato
