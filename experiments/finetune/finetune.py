"""Fine-tunes all-MiniLM-L6-v2 as a story classifier on the synthetic stories and reports held-out macro-F1.

An experiment, not part of the engine: it asks how far a fine-tuned encoder gets on the issue-5 target (story
type, held out by headline template) with and without the headline. It needs a CUDA GPU with PyTorch,
transformers, tokenizers and scikit-learn, and the weights written by ExtractMiniLm.cs (no download).

    python3 finetune.py WEIGHTS_DIR synthetic_events.csv [OUT_DIR]

Each variant is scored by 5-fold cross-validation: folds by headline template (first byte of SHA-256 of the
`title` column, mod 5), or random folds for comparison. Predictions are written to OUT_DIR/probs.npz.
"""
import csv, hashlib, os, struct, sys, time

import numpy as np
import torch
import torch.nn as nn
from sklearn.metrics import accuracy_score, f1_score
from tokenizers import BertWordPieceTokenizer
from transformers import BertConfig, BertModel

WEIGHTS, DATA = sys.argv[1], sys.argv[2]
OUT = sys.argv[3] if len(sys.argv) > 3 else '.'
os.makedirs(OUT, exist_ok=True)
START = time.time()
# The package's own embedding of this sentence (first 8 of 384 dimensions), to check the weights were rebuilt right.
CHECK_TEXT = 'North Korea fired a ballistic missile into the sea on Tuesday.'
CHECK_VECTOR = np.array([-0.00896, 0.11472, 0.00358, -0.02005, -0.02300, -0.00813, -0.01323, -0.00894])


def log(*parts):
    print(f'[{time.time() - START:6.1f}s]', *parts, flush=True)


def read_tensors(path):
    """weights.bin: per tensor a .NET length-prefixed name, rank, dims, then float16 values."""
    data, tensors, p = open(path, 'rb').read(), {}, 0
    while p < len(data):
        length = shift = 0
        while True:
            b = data[p]; p += 1
            length |= (b & 0x7f) << shift
            if not b & 0x80:
                break
            shift += 7
        name = data[p:p + length].decode(); p += length
        rank = struct.unpack_from('<i', data, p)[0]; p += 4
        dims = struct.unpack_from('<' + 'i' * rank, data, p); p += 4 * rank
        count = int(np.prod(dims))
        values = np.frombuffer(data, dtype=np.float16, count=count, offset=p).reshape(dims)
        tensors[name] = torch.from_numpy(values.astype(np.float32)); p += 2 * count
    return tensors


TENSORS = read_tensors(os.path.join(WEIGHTS, 'weights.bin'))
CONFIG = BertConfig(vocab_size=30522, hidden_size=384, num_hidden_layers=6, num_attention_heads=12,
                    intermediate_size=1536, max_position_embeddings=512, type_vocab_size=2, hidden_act='gelu')
# The ONNX export names biases and norms after the PyTorch modules, but its projection matrices are anonymous
# ([in, out], numbered in graph order): per layer query, key, value, attention output, intermediate, output.
MATRICES = sorted((k for k in TENSORS if k.isdigit() and TENSORS[k].dim() == 2), key=int)
LAYER_MATRICES = ['attention.self.query', 'attention.self.key', 'attention.self.value',
                  'attention.output.dense', 'intermediate.dense', 'output.dense']


def encoder():
    state = {k: v for k, v in TENSORS.items() if not k.isdigit()}
    for i in range(CONFIG.num_hidden_layers):
        for j, module in enumerate(LAYER_MATRICES):
            state[f'encoder.layer.{i}.{module}.weight'] = TENSORS[MATRICES[6 * i + j]].t().contiguous()
    model = BertModel(CONFIG, add_pooling_layer=False)
    model.load_state_dict(state, strict=False)
    return model


def tokenizer(length=None, pair=False):
    wordpiece = BertWordPieceTokenizer(os.path.join(WEIGHTS, 'vocab.txt'), lowercase=True)
    if length:
        wordpiece.enable_truncation(max_length=length, strategy='only_second' if pair else 'longest_first')
        wordpiece.enable_padding(length=length)
    return wordpiece


def mean_pool(hidden, mask):
    return (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)


def check_weights():
    ids = torch.tensor([tokenizer().encode(CHECK_TEXT).ids])
    mask = torch.ones_like(ids)
    model = encoder().eval()
    with torch.no_grad():
        vector = nn.functional.normalize(mean_pool(model(input_ids=ids, attention_mask=mask).last_hidden_state, mask), dim=-1)
    gap = float(np.abs(vector[0, :8].numpy() - CHECK_VECTOR).max())
    log('rebuilt encoder vs package embedding, largest difference', round(gap, 5))
    if gap > 0.01:
        sys.exit('the rebuilt encoder does not reproduce the package embedding')


class StoryClassifier(nn.Module):
    def __init__(self, labels):
        super().__init__()
        self.encoder, self.dropout, self.out = encoder(), nn.Dropout(0.1), nn.Linear(CONFIG.hidden_size, labels)

    def forward(self, ids, mask):
        return self.out(self.dropout(mean_pool(self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state, mask)))


def read_stories():
    csv.field_size_limit(1 << 30)
    with open(DATA, newline='') as f:
        rows = list(csv.DictReader(f))
    # The prompt starts with the headline the story was written from; a dateline follows.
    headline = [next((l.strip() for l in r['prompt'].splitlines() if l.strip()), '') for r in rows]
    return rows, headline


def encode(rows, headline, with_headline):
    if with_headline:
        encoded = tokenizer(256, pair=True).encode_batch([(h, r['text']) for h, r in zip(headline, rows)])
    else:
        encoded = tokenizer(256).encode_batch([r['text'] for r in rows])
    return torch.tensor([e.ids for e in encoded]), torch.tensor([e.attention_mask for e in encoded])


def train(ids, mask, y, index, labels, epochs=4, lr=8e-5, batch=32, seed=0):
    torch.manual_seed(seed)
    model = StoryClassifier(labels).cuda()
    optimiser = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    steps = epochs * ((len(index) + batch - 1) // batch)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda s: min(1, s / (0.1 * steps)) * max(0, (steps - s) / steps))
    for epoch in range(epochs):
        model.train()
        order = np.random.RandomState(seed + epoch).permutation(index)
        for b in range(0, len(order), batch):
            j = order[b:b + batch]
            with torch.autocast('cuda', dtype=torch.bfloat16):
                loss = nn.functional.cross_entropy(model(ids[j].cuda(), mask[j].cuda()), y[j].cuda())
            optimiser.zero_grad(); loss.backward(); optimiser.step(); schedule.step()
    return model


def predict(model, ids, mask, index):
    model.eval(); out = []
    with torch.no_grad(), torch.autocast('cuda', dtype=torch.bfloat16):
        for b in range(0, len(index), 256):
            j = index[b:b + 256]
            out.append(torch.softmax(model(ids[j].cuda(), mask[j].cuda()).float(), -1).cpu().numpy())
    return np.concatenate(out)


def main():
    check_weights()
    rows, headline = read_stories()
    types = sorted({r['label'] for r in rows})
    y = torch.tensor([types.index(r['label']) for r in rows])
    by_template = np.array([hashlib.sha256(r['title'].encode()).digest()[0] % 5 for r in rows])
    at_random = np.random.RandomState(7).randint(0, 5, len(rows))
    log(len(rows), 'stories,', len(types), 'types, stories per template fold', np.bincount(by_template).tolist())
    probs = {}
    for name, with_headline, folds in (('text, held out by template', False, by_template),
                                       ('headline + text, held out by template', True, by_template),
                                       ('text, random folds', False, at_random)):
        ids, mask = encode(rows, headline, with_headline)
        p = np.zeros((len(rows), len(types)), dtype=np.float32)
        for k in range(5):
            model = train(ids, mask, y, np.where(folds != k)[0], len(types))
            test = np.where(folds == k)[0]
            p[test] = predict(model, ids, mask, test)
        pred = p.argmax(1)
        log(f'{name:40s} macro-F1 {f1_score(y, pred, average="macro"):.3f}  accuracy {accuracy_score(y, pred):.3f}')
        probs[name] = p
    np.savez_compressed(os.path.join(OUT, 'probs.npz'), types=np.array(types), **probs)


if __name__ == '__main__':
    main()
