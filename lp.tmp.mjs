import { loadPack } from '@tiendo/pipeline/internal'
